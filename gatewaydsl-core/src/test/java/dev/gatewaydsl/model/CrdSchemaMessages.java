package dev.gatewaydsl.model;

/**
 * The detail texts the API server gives when a value breaks a fact of a CRD's OpenAPI schema, as
 * crd-check prints them, and the patterns of the Gateway API CRDs (v1.6.1) they quote. Unlike
 * {@link ApiServerMessages} (core kinds), these are the words for every Gateway API field.
 */
public final class CrdSchemaMessages {

  /** {@code Group}: empty (the core group) or a lowercase subdomain. */
  public static final String GROUP =
      "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  /** {@code Kind}: a letter, then letters, digits or '-', not ending in '-'. */
  public static final String KIND = "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$";

  /** {@code Namespace}: a lowercase RFC 1123 label. */
  public static final String NAMESPACE = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

  /** {@code SectionName}, listener and rule names, {@code PreciseHostname}: a subdomain. */
  public static final String SUBDOMAIN =
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  /** {@code Hostname}: a subdomain, optionally starting with {@code *.}. */
  public static final String HOSTNAME =
      "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  /** {@code ProtocolType}. */
  public static final String PROTOCOL = "^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]"
      + "([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$";

  /** {@code HTTPHeaderName} (also query parameter and CORS header names). */
  public static final String HEADER_NAME = "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$";

  /** The experimental channel's header value pattern. */
  public static final String HEADER_VALUE = "^[!-~]+([\\t ]?[!-~]+)*$";

  /** The values of {@code GatewayInfrastructure.labels}: label values. */
  public static final String LABEL_VALUE = "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$";

  /** {@code Duration} (GEP-2257). */
  public static final String DURATION = "^([0-9]{1,5}(h|m|s|ms)){1,4}$";

  /** {@code AddressType}. */
  public static final String ADDRESS_TYPE = "^Hostname|IPAddress|NamedAddress|[a-z0-9]"
      + "([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()"
      + "*+,;=:]+$";

  /** {@code GatewayController}. */
  public static final String CONTROLLER = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]"
      + "*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";

  /** {@code WellKnownCACertificatesType}. */
  public static final String WELL_KNOWN_CA = "^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]"
      + "([-a-z0-9]*[a-z0-9])?)*/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$";

  /** {@code AbsoluteURI}. */
  public static final String ABSOLUTE_URI =
      "^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?";

  /** A CORS origin. */
  public static final String ORIGIN = "(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*"
      + "[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)";

  private CrdSchemaMessages() {}

  /** {@code pattern}: {@code should match '<pattern>'}. */
  public static String shouldMatch(String pattern) {
    return "should match '" + pattern + "'";
  }

  /** {@code minimum}: {@code should be greater than or equal to <min>}. */
  public static String atLeast(long min) {
    return "should be greater than or equal to " + min;
  }

  /** {@code maximum}: {@code should be less than or equal to <max>}. */
  public static String atMost(long max) {
    return "should be less than or equal to " + max;
  }

  /** {@code minLength}: {@code should be at least <min> chars long}. */
  public static String minChars(int min) {
    return "should be at least " + min + " chars long";
  }

  /** {@code minimum} or {@code maximum}, whichever {@code value} breaks. */
  public static String outsideRange(long value, long min, long max) {
    return value < min ? atLeast(min) : atMost(max);
  }

  /**
   * The problems of {@code value} at {@code path}, a string of at least one character that does
   * not match {@code pattern}: an empty one is too short as well.
   */
  public static String[] outsidePattern(String path, String value, String pattern) {
    String outside = path + ": Invalid value: \"" + value + "\": " + shouldMatch(pattern);
    return value.isEmpty()
        ? new String[] {path + ": Invalid value: \"\": " + minChars(1), outside}
        : new String[] {outside};
  }

  /**
   * The problem of {@code value} at {@code path}, a required string that does not match {@code
   * pattern}: an empty one is left out of the YAML written, so it is missing.
   */
  public static String missingOrOutsidePattern(String path, String value, String pattern) {
    return value.isEmpty() ? path + ": Required value"
        : path + ": Invalid value: \"" + value + "\": " + shouldMatch(pattern);
  }

  /** The message of a resource {@code kind} {@code name} with {@code problems}, in that order. */
  public static String invalid(String kind, String name, String... problems) {
    String resource = kind + " \"" + name + "\" is invalid";
    return problems.length == 1 ? resource + ": " + problems[0]
        : resource + " (" + problems.length + " problems):\n  " + String.join("\n  ", problems);
  }

  /**
   * {@code maxLength}, a whole problem after the path: {@code Too long: may not be more than <max>
   * characters (got <length>)}.
   */
  public static String tooLong(int max, int length) {
    return "Too long: may not be more than " + max + " characters (got " + length + ")";
  }
}
