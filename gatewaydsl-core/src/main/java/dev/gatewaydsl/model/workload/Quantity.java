package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kubernetes {@code Quantity}, such as a container's CPU request ({@code "500m"}) or memory
 * limit ({@code "256Mi"}). It is kept as it was written, so a manifest reads back as itself: a
 * string stays a string, a number ({@code cpu: 1}) stays a number.
 *
 * <p>The syntax is the API server's: a signed decimal number followed by a binary suffix ({@code
 * Ki Mi Gi Ti Pi Ei}), a decimal suffix ({@code m k M G T P E}, or none) or a decimal exponent
 * ({@code e3}, {@code E-2}). {@code "1GB"} and {@code "1gi"} are refused.
 */
public final class Quantity {
  /** The API server's own statement of the syntax, quoted in its message. */
  static final String SYNTAX = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

  private static final Pattern VALID = Pattern.compile(
      "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:Ki|Mi|Gi|Ti|Pi|Ei|[mkMGTPE]|[eE][+-]?[0-9]+)?");

  private final Object value;

  private Quantity(Object value) {
    this.value = value;
  }

  /**
   * The quantity {@code text}, e.g. {@code "500m"}, {@code "1Gi"} or {@code "1e3"}.
   *
   * @throws IllegalArgumentException if {@code text} is not a quantity; the message is the API
   *     server's
   */
  public static Quantity of(String text) {
    Objects.requireNonNull(text, "text");
    if (!isValid(text)) {
      throw new IllegalArgumentException(
          "quantities must match the regular expression '" + SYNTAX + "'");
    }
    return new Quantity(text);
  }

  /** The whole number {@code value}, written bare (e.g. {@code cpu: 2}). */
  public static Quantity of(long value) {
    return new Quantity(value);
  }

  /** Whether {@code text} is a quantity the API server accepts. */
  public static boolean isValid(String text) {
    return VALID.matcher(text).matches();
  }

  @JsonCreator
  static Quantity fromJson(Object value) {
    if (value instanceof String text) {
      return of(text);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger
        || value instanceof Double || value instanceof BigDecimal) {
      return new Quantity(value);
    }
    throw new IllegalArgumentException("expected a quantity, got " + value);
  }

  /** Whether it was written as a number rather than a string. */
  public boolean isNumber() {
    return value instanceof Number;
  }

  @JsonValue
  Object jsonValue() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quantity that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The quantity as written, e.g. {@code 500m}. */
  @Override
  public String toString() {
    return value.toString();
  }
}
