package dev.gatewaydsl.internal;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and value syntaxes of Kubernetes (apimachinery's {@code validation} package), with the
 * API server's wording, and the tests the Gateway API CRDs' CEL rules make (the schema facts of
 * Gateway API fields are checked by {@link dev.gatewaydsl.schema.SchemaWalk} alone). Not API.
 */
public final class Syntax {
  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern PORT_NAME_CHARACTERS = Pattern.compile("[-a-z0-9]+");
  private static final Pattern PORT_NAME_LETTER = Pattern.compile("[a-z]");
  private static final Pattern KIND = Pattern.compile("[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Pattern SLOPPY_HEX_GROUP = Pattern.compile("[0-9A-Fa-f]+");
  private static final BigInteger LARGEST_GROUP = BigInteger.valueOf(0xFFFF);
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]{1,9})(h|ms|m|s)");
  private static final Pattern LENIENT_DURATION = Pattern.compile("([0-9]{1,9}(h|m|s|ms))+");
  /** The CRD's label and annotation key rule of {@code GatewayInfrastructure}, case-sensitive. */
  private static final Pattern INFRASTRUCTURE_KEY = Pattern.compile("(" + LABEL + "(\\." + LABEL
      + ")*/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]");

  /** Longest DNS-1123 label or DNS-1035 label. */
  public static final int LABEL_MAX = 63;
  /** Longest DNS-1123 subdomain. */
  public static final int SUBDOMAIN_MAX = 253;

  private Syntax() {}

  /*
   * The most used syntaxes are matched by hand rather than by regular expression: they are checked
   * for every name, label and hostname of every resource built. Each states its expression.
   */

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} on {@code value[from, to)}. */
  private static boolean isDns1123Label(String value, int from, int to) {
    if (from >= to || value.charAt(from) == '-' || value.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** {@code LABEL(\.LABEL)*} on {@code value} from {@code from}. */
  private static boolean isDns1123Subdomain(String value, int from) {
    int start = from;
    while (true) {
      int dot = value.indexOf('.', start);
      int end = dot < 0 ? value.length() : dot;
      if (!isDns1123Label(value, start, end)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}. */
  private static boolean isQualifiedNamePart(String value) {
    int length = value.length();
    if (length == 0 || !isAlphanumeric(value.charAt(0))
        || !isAlphanumeric(value.charAt(length - 1))) {
      return false;
    }
    for (int i = 1; i < length - 1; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** A lowercase RFC 1123 label: namespaces, ports' names. */
  public static void dns1123Label(String value, FieldPath path, Violations violations) {
    if (value.length() > LABEL_MAX) {
      violations.invalid(path, value, "must be no more than 63 characters");
    }
    if (!isDns1123Label(value, 0, value.length())) {
      violations.invalid(path, value, "a lowercase RFC 1123 label must consist of lower case "
          + "alphanumeric characters or '-', and must start and end with an alphanumeric "
          + "character (e.g. 'my-name', or '123-abc')");
    }
  }

  /** A lowercase RFC 1123 subdomain: most object names, listener and section names. */
  public static void dns1123Subdomain(String value, FieldPath path, Violations violations) {
    if (value.length() > SUBDOMAIN_MAX) {
      violations.invalid(path, value, "must be no more than 253 characters");
    }
    if (!isDns1123Subdomain(value, 0)) {
      violations.invalid(path, value, "a lowercase RFC 1123 subdomain must consist of lower case "
          + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
          + "character (e.g. 'example.com')");
    }
  }

  /** An RFC 1035 label: Service names. */
  public static void dns1035Label(String value, FieldPath path, Violations violations) {
    if (value.length() > LABEL_MAX) {
      violations.invalid(path, value, "must be no more than 63 characters");
    }
    if (!DNS1035_LABEL.matcher(value).matches()) {
      violations.invalid(path, value, "a DNS-1035 label must consist of lower case alphanumeric "
          + "characters or '-', start with an alphabetic character, and end with an alphanumeric "
          + "character (e.g. 'my-name', or 'abc-123')");
    }
  }

  /** A label key: an optional DNS subdomain prefix and '/', then a name. */
  public static void qualifiedName(String value, FieldPath path, Violations violations) {
    qualifiedName(value, value, path, violations);
  }

  /**
   * An annotation key: a qualified name in which case does not matter (the API server lower-cases
   * it before checking), reported as written.
   */
  public static void annotationKey(String value, FieldPath path, Violations violations) {
    qualifiedName(value.toLowerCase(Locale.ROOT), value, path, violations);
  }

  /** Checks {@code checked} as a qualified name; problems show {@code shown}. */
  private static void qualifiedName(String checked, String shown, FieldPath path,
      Violations violations) {
    String name = checked;
    int slash = checked.indexOf('/');
    if (slash >= 0) {
      String prefix = checked.substring(0, slash);
      name = checked.substring(slash + 1);
      if (prefix.isEmpty()) {
        violations.invalid(path, shown, "prefix part must be non-empty");
      } else {
        if (prefix.length() > SUBDOMAIN_MAX) {
          violations.invalid(path, shown, "prefix part must be no more than 253 characters");
        }
        if (!isDns1123Subdomain(prefix, 0)) {
          violations.invalid(path, shown, "prefix part a lowercase RFC 1123 subdomain must "
              + "consist of lower case alphanumeric characters, '-' or '.', and must start and "
              + "end with an alphanumeric character (e.g. 'example.com')");
        }
      }
    }
    if (name.isEmpty()) {
      violations.invalid(path, shown, "name part must be non-empty");
    } else {
      if (name.length() > LABEL_MAX) {
        violations.invalid(path, shown, "name part must be no more than 63 characters");
      }
      if (!isQualifiedNamePart(name)) {
        violations.invalid(path, shown, "name part must consist of alphanumeric characters, "
            + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. "
            + "'MyName', or 'my.name', or '123-abc')");
      }
    }
  }

  /** A label value: empty, or up to 63 characters of the qualified-name alphabet. */
  public static void labelValue(String value, FieldPath path, Violations violations) {
    if (value.length() > LABEL_MAX) {
      violations.invalid(path, value, "must be no more than 63 characters");
    }
    if (!value.isEmpty() && !isQualifiedNamePart(value)) {
      violations.invalid(path, value, "a valid label must be an empty string or consist of "
          + "alphanumeric characters, '-', '_' or '.', and must start and end with an "
          + "alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')");
    }
  }

  /**
   * Whether {@code value} matches the lowercase RFC 1123 subdomain pattern, whatever its length:
   * the regular expression several Gateway API CEL rules use.
   */
  public static boolean matchesDns1123Subdomain(String value) {
    return isDns1123Subdomain(value, 0);
  }

  /**
   * Whether {@code value} is an IP address as the Kubernetes CEL function {@code isIP} sees it:
   * dotted-decimal IPv4 without leading zeros, or IPv6 (optionally ending in such an IPv4) without
   * a zone and not IPv4-mapped ({@code ::ffff:a.b.c.d}).
   */
  public static boolean isIP(String value) {
    if (isIPv4(value, false)) {
      return true;
    }
    int[] groups = ipv6Groups(value, false);
    if (groups == null) {
      return false;
    }
    boolean ipv4Mapped = groups[5] == 0xffff;
    for (int i = 0; i < 5; i++) {
      ipv4Mapped &= groups[i] == 0;
    }
    return !ipv4Mapped;
  }

  /**
   * Whether the API server reads {@code value} as an IP address (OpenAPI formats {@code ipv4} and
   * {@code ipv6}): Go's {@code net.ParseIP} as Kubernetes forked it ({@code ParseIPSloppy}), which
   * unlike {@link #isIP} takes leading zeros ({@code 010.1.1.1}, {@code 00001::}) and IPv4-mapped
   * IPv6 ({@code ::ffff:1.2.3.4}); no zone, brackets or spaces.
   */
  public static boolean parsesAsIp(String value) {
    return isIPv4(value, true) || ipv6Groups(value, true) != null;
  }

  /** A dotted quad of 1 to 3 digit octets up to 255; with leading zeros only if {@code sloppy}. */
  private static boolean isIPv4(String value, boolean sloppy) {
    String[] parts = value.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || (!sloppy && part.length() > 1 && part.charAt(0) == '0')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * The eight 16-bit groups of an IPv6 address, or null if {@code value} is none; {@code sloppy}
   * takes hex groups of more than four digits (and leading zeros in an ending IPv4 address) as Go's
   * {@code ParseIPSloppy} does.
   */
  private static int[] ipv6Groups(String value, boolean sloppy) {
    int gap = value.indexOf("::");
    if (gap >= 0 && gap != value.lastIndexOf("::")) {
      return null;
    }
    List<Integer> head = ipv6Fields(gap < 0 ? value : value.substring(0, gap), gap < 0, sloppy);
    List<Integer> tail = gap < 0 ? List.of() : ipv6Fields(value.substring(gap + 2), true, sloppy);
    if (head == null || tail == null) {
      return null;
    }
    int given = head.size() + tail.size();
    if (gap < 0 ? given != 8 : given > 7) {
      return null;
    }
    int[] groups = new int[8];
    for (int i = 0; i < head.size(); i++) {
      groups[i] = head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      groups[8 - tail.size() + i] = tail.get(i);
    }
    return groups;
  }

  /** The groups of a colon-separated part; an IPv4 address may end it if {@code atEnd}. */
  private static List<Integer> ipv6Fields(String part, boolean atEnd, boolean sloppy) {
    List<Integer> groups = new ArrayList<>();
    if (part.isEmpty()) {
      return groups;
    }
    String[] fields = part.split(":", -1);
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i];
      if (atEnd && i == fields.length - 1 && field.contains(".")) {
        if (!isIPv4(field, sloppy)) {
          return null;
        }
        String[] octets = field.split("\\.");
        groups.add(Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]));
        groups.add(Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]));
      } else if (HEX_GROUP.matcher(field).matches()) {
        groups.add(Integer.parseInt(field, 16));
      } else if (sloppy && SLOPPY_HEX_GROUP.matcher(field).matches()
          && new BigInteger(field, 16).compareTo(LARGEST_GROUP) <= 0) {
        groups.add(Integer.parseInt(field.replaceFirst("^0+(?=.)", ""), 16));
      } else {
        return null;
      }
    }
    return groups;
  }

  /** A Gateway API Kind, e.g. {@code HTTPRoute}: 1 to 63 characters, starting with a letter. */
  public static void kind(String value, FieldPath path, Violations violations) {
    if (value.isEmpty() || value.length() > LABEL_MAX || !KIND.matcher(value).matches()) {
      violations.invalid(path, value, "must be 1 to 63 letters, digits or '-', starting with a "
          + "letter and ending with a letter or digit (e.g. 'HTTPRoute')");
    }
  }

  /** An IANA service name, as port names are: up to 15 of [-a-z0-9], at least one letter. */
  public static void portName(String value, FieldPath path, Violations violations) {
    if (value.length() > 15) {
      violations.invalid(path, value, "must be no more than 15 characters");
    }
    if (!PORT_NAME_CHARACTERS.matcher(value).matches()) {
      violations.invalid(path, value, "must contain only alpha-numeric characters (a-z, 0-9), "
          + "and hyphens (-)");
    }
    if (value.contains("--")) {
      violations.invalid(path, value, "must not contain consecutive hyphens");
    }
    if (!PORT_NAME_LETTER.matcher(value).find()) {
      violations.invalid(path, value, "must contain at least one letter (a-z)");
    }
    if (value.startsWith("-") || value.endsWith("-")) {
      violations.invalid(path, value, "must not begin or end with a hyphen");
    }
  }

  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  /** A key of a Secret's or ConfigMap's data (apimachinery {@code IsConfigMapKey}). */
  public static void configMapKey(String value, FieldPath path, Violations violations) {
    if (value.length() > SUBDOMAIN_MAX) {
      violations.invalid(path, value, "must be no more than 253 characters");
    }
    if (!CONFIG_KEY.matcher(value).matches()) {
      violations.invalid(path, value, "a valid config key must consist of alphanumeric "
          + "characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name')");
    }
    if (value.equals(".")) {
      violations.invalid(path, value, "must not be '.'");
    } else if (value.equals("..")) {
      violations.invalid(path, value, "must not be '..'");
    } else if (value.startsWith("..")) {
      violations.invalid(path, value, "must not start with '..'");
    }
  }

  /** A TCP/UDP port number. */
  public static void port(int value, FieldPath path, Violations violations) {
    if (value < 1 || value > 65535) {
      violations.invalid(path, value, "must be between 1 and 65535, inclusive");
    }
  }

  /** The number of characters (code points) of {@code value}, as CEL's {@code size()} counts. */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  /** Whether {@code value} is a hostname, optionally with a leading {@code *.}, of any length. */
  public static boolean isWildcardHostname(String value) {
    return isDns1123Subdomain(value, value.startsWith("*.") ? 2 : 0);
  }

  /**
   * A key of {@code GatewayInfrastructure.labels} or {@code .annotations}: the CRD's two CEL rules,
   * with their messages ({@code what} is {@code "label"} or {@code "annotation"}). Unlike metadata
   * keys, the prefix is case-sensitive and at most 252 characters long.
   */
  public static void infrastructureKey(String key, String what, FieldPath path,
      Violations violations) {
    if (!INFRASTRUCTURE_KEY.matcher(key).matches()) {
      violations.invalid(path, key, Character.toUpperCase(what.charAt(0)) + what.substring(1)
          + " keys must be in the form of an optional DNS subdomain prefix followed by a required "
          + "name segment of up to 63 characters.");
    }
    int slash = key.indexOf('/');
    if (length(slash < 0 ? key : key.substring(0, slash)) >= SUBDOMAIN_MAX) {
      violations.invalid(path, key, "If specified, the " + what + " key's prefix must be a DNS "
          + "subdomain not longer than 253 characters in total.");
    }
  }

  /**
   * The length of a duration in milliseconds as CEL's {@code duration()} reads it (repeated units
   * add up), or empty if CEL could not read it. Like CEL, this also reads values that are not
   * Gateway API Durations, such as {@code 1h1m1s1ms1s}, so a CEL rule comparing durations sees
   * what the API server sees.
   */
  public static java.util.OptionalLong durationMillis(String value) {
    if (!LENIENT_DURATION.matcher(value).matches()) {
      return java.util.OptionalLong.empty();
    }
    long millis = 0;
    Matcher part = DURATION_PART.matcher(value);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      millis += switch (part.group(2)) {
        case "h" -> amount * 3_600_000L;
        case "m" -> amount * 60_000L;
        case "s" -> amount * 1_000L;
        default -> amount;
      };
    }
    return java.util.OptionalLong.of(millis);
  }
}
