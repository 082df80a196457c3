package dev.gatewaydsl.validation;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One problem with one field, rendered like the API server's {@code field.Error}: {@code
 * spec.listeners[0].port: Invalid value: 0: must be between 1 and 65535 inclusive}.
 *
 * @param type the apimachinery error type
 * @param path where the problem is
 * @param value the offending value, or {@code null} where the type shows none
 * @param detail what was expected; may be empty
 */
public record Violation(Type type, FieldPath path, Object value, String detail) {

  /** The error types of apimachinery's {@code field} package, with their wording. */
  public enum Type {
    /** A required field is missing. */
    REQUIRED("Required value", false),
    /** A value is malformed or out of range. */
    INVALID("Invalid value", true),
    /** A value repeats one that must be unique. */
    DUPLICATE("Duplicate value", true),
    /** A value names something that does not exist, e.g. a volume mount's volume. */
    NOT_FOUND("Not found", true),
    /** A value is not one of the enumerated values. */
    NOT_SUPPORTED("Unsupported value", true),
    /** A field may not be set here, or not together with another. */
    FORBIDDEN("Forbidden", false),
    /** A value is longer than its limit. */
    TOO_LONG("Too long", false),
    /** A list or map has more entries than its limit. */
    TOO_MANY("Too many", true);

    private final String phrase;
    private final boolean showsValue;

    Type(String phrase, boolean showsValue) {
      this.phrase = phrase;
      this.showsValue = showsValue;
    }

    /** The phrase the API server prints, e.g. {@code Invalid value}. */
    public String phrase() {
      return phrase;
    }
  }

  /** Checks that {@code type} and {@code path} are set; a {@code null} detail becomes empty. */
  public Violation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    detail = detail == null ? "" : detail;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(path).append(": ").append(type.phrase);
    if (type.showsValue) {
      out.append(": ").append(render(value));
    }
    if (!detail.isEmpty()) {
      out.append(": ").append(detail);
    }
    return out.toString();
  }

  /** Strings quoted (Go's {@code %q}), numbers and booleans bare, like the API server. */
  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Shown) {
      return value.toString();
    }
    return quote(value.toString());
  }

  /**
   * A label map as the API server prints a map value (Go's {@code %#v}), e.g. {@code
   * map[string]string{"app":"web", "tier":"front"}}: keys sorted, an empty map as {@code nil}.
   */
  public static Object labels(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return new Shown("map[string]string(nil)");
    }
    StringBuilder out = new StringBuilder("map[string]string{");
    new TreeMap<>(labels).forEach((key, value) -> out
        .append(out.charAt(out.length() - 1) == '{' ? "" : ", ")
        .append(quote(key)).append(':').append(quote(value)));
    return new Shown(out.append('}').toString());
  }

  /**
   * {@code text} printed as it is, not quoted: how the API server shows a value of a Go type with a
   * {@code String} method, such as a resource name ({@code cpu}).
   */
  public static Object unquoted(String text) {
    return new Shown(text);
  }

  /** A value printed as it is, not quoted. */
  private record Shown(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** {@code text} quoted as Go's {@code %q} quotes it. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
