package dev.gatewaydsl.model;

/**
 * The detail texts of apimachinery's {@code k8s.io/apimachinery/pkg/util/validation} (and its
 * {@code content} package) that the model's checks use. The library leaves out the API server's
 * trailing {@code regex used for validation is '...'} part; the rest is word for word.
 */
public final class ApiServerMessages {

  /** {@code IsDNS1123Subdomain}: object names of most kinds, listener and section names. */
  public static final String DNS1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of "
      + "lower case alphanumeric characters, '-' or '.', and must start and end with an "
      + "alphanumeric character (e.g. 'example.com')";

  /** {@code IsDNS1123Label}: namespaces, container names, Service port names. */
  public static final String DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower "
      + "case alphanumeric characters or '-', and must start and end with an alphanumeric "
      + "character (e.g. 'my-name', or '123-abc')";

  /** {@code IsDNS1035Label}: Service names. */
  public static final String DNS1035_LABEL = "a DNS-1035 label must consist of lower case "
      + "alphanumeric characters or '-', start with an alphabetic character, and end with an "
      + "alphanumeric character (e.g. 'my-name', or 'abc-123')";

  /** {@code IsQualifiedName}: the syntax of the name part of a label or annotation key. */
  public static final String NAME_PART = "name part must consist of alphanumeric characters, "
      + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', "
      + "or 'my.name', or '123-abc')";

  /** {@code IsValidLabelValue}: the syntax of a label value. */
  public static final String LABEL_VALUE = "a valid label must be an empty string or consist of "
      + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
      + "character (e.g. 'MyValue', or 'my_value', or '12345')";

  /** {@code IsValidPortNum}. */
  public static final String PORT_RANGE = "must be between 1 and 65535, inclusive";

  /** {@code MaxLenError(63)}. */
  public static final String MAX_63 = "must be no more than 63 characters";

  /** {@code MaxLenError(253)}. */
  public static final String MAX_253 = "must be no more than 253 characters";

  private ApiServerMessages() {}

  /** {@code n} times {@code a}: a name that is valid in every syntax except by its length. */
  public static String letters(int n) {
    return "a".repeat(n);
  }
}
