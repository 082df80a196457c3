package dev.gatewaydsl.internal;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and value syntaxes of Kubernetes (apimachinery's {@code validation} package) and of the
 * Gateway API CRDs, with the API server's wording. Not API.
 */
public final class Syntax {
  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern DNS1123_LABEL = Pattern.compile(LABEL);
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern QUALIFIED_NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern WILDCARD_HOSTNAME =
      Pattern.compile("(\\*\\.)?" + LABEL + "(\\." + LABEL + ")*");
  private static final Pattern PORT_NAME_CHARACTERS = Pattern.compile("[-a-z0-9]+");
  private static final Pattern PORT_NAME_LETTER = Pattern.compile("[a-z]");
  private static final Pattern KIND = Pattern.compile("[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?");
  private static final Pattern HTTP_HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");
  private static final Pattern HTTP_HEADER_VALUE = Pattern.compile("[!-~]+([\\t ]?[!-~]+)*");
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,5}(h|m|s|ms)){1,4}");
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]{1,9})(h|ms|m|s)");
  private static final Pattern LENIENT_DURATION = Pattern.compile("([0-9]{1,9}(h|m|s|ms))+");
  private static final Pattern GATEWAY_PROTOCOL = Pattern.compile(
      "[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?|" + LABEL + "(\\." + LABEL + ")*/[A-Za-z0-9]+");

  /** Longest DNS-1123 label or DNS-1035 label. */
  public static final int LABEL_MAX = 63;
  /** Longest DNS-1123 subdomain. */
  public static final int SUBDOMAIN_MAX = 253;

  private Syntax() {}

  /** A lowercase RFC 1123 label: namespaces, ports' names. */
  public static void dns1123Label(String value, FieldPath path, Violations violations) {
    if (value.length() > LABEL_MAX) {
      violations.invalid(path, value, "must be no more than 63 characters");
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
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
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
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
        if (!DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
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
      if (!QUALIFIED_NAME_PART.matcher(name).matches()) {
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
    if (!value.isEmpty() && !QUALIFIED_NAME_PART.matcher(value).matches()) {
      violations.invalid(path, value, "a valid label must be an empty string or consist of "
          + "alphanumeric characters, '-', '_' or '.', and must start and end with an "
          + "alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')");
    }
  }

  /** A Gateway API hostname: a DNS subdomain, optionally with a leading {@code *.}. */
  public static void gatewayHostname(String value, FieldPath path, Violations violations) {
    if (value.isEmpty() || value.length() > SUBDOMAIN_MAX
        || !WILDCARD_HOSTNAME.matcher(value).matches()) {
      violations.invalid(path, value, "must be a lowercase RFC 1123 subdomain of at most 253 "
          + "characters, optionally starting with '*.' (e.g. 'example.com', '*.example.com')");
    }
  }

  /** A Gateway API ProtocolType: a core name such as {@code HTTP} or a domain-prefixed one. */
  public static void gatewayProtocol(String value, FieldPath path, Violations violations) {
    if (value.isEmpty() || value.length() > 255 || !GATEWAY_PROTOCOL.matcher(value).matches()) {
      violations.invalid(path, value, "must be a protocol name such as \"HTTP\" or a "
          + "domain-prefixed one such as \"example.com/custom\", of at most 255 characters");
    }
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

  /** A Gateway API Group: empty (the core group) or a DNS-1123 subdomain. */
  public static void group(String value, FieldPath path, Violations violations) {
    if (!value.isEmpty()) {
      dns1123Subdomain(value, path, violations);
    }
  }

  /** A Gateway API ObjectName: 1 to 253 characters, any. */
  public static void objectName(String value, FieldPath path, Violations violations) {
    if (value.isEmpty()) {
      violations.required(path, "");
    } else if (value.length() > SUBDOMAIN_MAX) {
      violations.tooLong(path, SUBDOMAIN_MAX);
    }
  }

  /** A TCP/UDP port number. */
  public static void port(int value, FieldPath path, Violations violations) {
    if (value < 1 || value > 65535) {
      violations.invalid(path, value, "must be between 1 and 65535, inclusive");
    }
  }

  /** The longest HTTP header name the Gateway API accepts. */
  public static final int HEADER_NAME_MAX = 256;

  /**
   * A Gateway API HTTPHeaderName (also used for query parameter and gRPC header names): 1 to 256
   * RFC 7230 token characters.
   */
  public static void httpHeaderName(String value, FieldPath path, Violations violations) {
    if (value.isEmpty()) {
      violations.required(path, "");
      return;
    }
    if (value.length() > HEADER_NAME_MAX) {
      violations.tooLong(path, HEADER_NAME_MAX);
    }
    if (!HTTP_HEADER_NAME.matcher(value).matches()) {
      violations.invalid(path, value, "must consist of letters, digits and the characters "
          + "!#$%&'*+-.^_`|~ (e.g. 'X-Request-Id')");
    }
  }

  /**
   * The value of an HTTP header match or modifier: 1 to {@code max} characters; printable
   * US-ASCII, words separated by at most one space or tab (the experimental channel's pattern,
   * checked always so that the value suits both channels).
   */
  public static void httpHeaderValue(String value, int max, FieldPath path,
      Violations violations) {
    if (value.isEmpty()) {
      violations.required(path, "");
      return;
    }
    if (value.length() > max) {
      violations.tooLong(path, max);
    }
    if (!HTTP_HEADER_VALUE.matcher(value).matches()) {
      violations.invalid(path, value, "must consist of printable US-ASCII characters, words "
          + "separated by a single space or tab");
    }
  }

  /** A string of {@code min} to {@code max} characters, e.g. a query parameter's value. */
  public static void length(String value, int min, int max, FieldPath path,
      Violations violations) {
    if (value.length() < min) {
      if (value.isEmpty()) {
        violations.required(path, "");
      } else {
        violations.invalid(path, value, "must be at least " + min + " characters long");
      }
    } else if (value.length() > max) {
      violations.tooLong(path, max);
    }
  }

  /**
   * A Gateway API Duration (GEP-2257): one to four groups of up to five digits and a unit, {@code
   * h}, {@code m}, {@code s} or {@code ms}, e.g. {@code 1h30m}, {@code 500ms}.
   */
  public static void duration(String value, FieldPath path, Violations violations) {
    if (!isDuration(value)) {
      violations.invalid(path, value, "must be a duration of 1 to 4 groups of up to 5 digits "
          + "and a unit h, m, s or ms (e.g. '1h30m', '10s', '500ms')");
    }
  }

  /** Whether {@code value} is a Gateway API Duration. */
  public static boolean isDuration(String value) {
    return DURATION.matcher(value).matches();
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

  /** A number of at least {@code min}. */
  public static void atLeast(long value, long min, FieldPath path, Violations violations) {
    if (value < min) {
      violations.invalid(path, value, "must be greater than or equal to " + min);
    }
  }

  /** A number from {@code min} to {@code max}. */
  public static void between(long value, long min, long max, FieldPath path,
      Violations violations) {
    if (value < min || value > max) {
      violations.invalid(path, value, "must be between " + min + " and " + max + ", inclusive");
    }
  }
}
