package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kubernetes {@code Quantity}, such as a container's CPU request ({@code "500m"}) or memory
 * limit ({@code "256Mi"}). It is kept as it was written, so a manifest reads back as itself: a
 * string stays a string, a number ({@code cpu: 1}) stays a number.
 *
 * <p>The syntax is the API server's: a signed decimal number followed by a binary suffix ({@code
 * Ki Mi Gi Ti Pi Ei}), a decimal suffix ({@code n u m k M G T P E}, or none) or a decimal exponent
 * ({@code e3}, {@code E-2}). {@code "1GB"} and {@code "1gi"} are refused.
 */
public final class Quantity {
  /** The API server's own statement of the syntax, quoted in its message. */
  static final String SYNTAX = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

  private static final Pattern VALID = Pattern.compile(
      "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");

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

  /**
   * The amount, as the API server reads it: rounded up (away from zero) to whole nano units, so
   * {@code 500m} is 0.5 and {@code 1Ki} is 1024.
   */
  BigDecimal amount() {
    String text = value.toString();
    int suffix = suffixStart(text);
    BigDecimal number = new BigDecimal(text.substring(0, suffix));
    String unit = text.substring(suffix);
    BigDecimal amount;
    if (unit.startsWith("e") || unit.startsWith("E")) {
      amount = number.scaleByPowerOfTen(Integer.parseInt(unit.substring(1)));
    } else if (unit.endsWith("i")) {
      amount = number.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(
          10 * (BINARY_SUFFIXES.indexOf(unit) + 1))));
    } else {
      amount = number.scaleByPowerOfTen(unit.isEmpty() ? 0 : DECIMAL_EXPONENTS[
          DECIMAL_SUFFIXES.indexOf(unit)]);
    }
    return amount.scale() > 9 ? amount.setScale(9, RoundingMode.UP) : amount;
  }

  /**
   * The quantity as the API server writes it back ({@code Quantity.String()}): in the form it was
   * written (binary, decimal or exponent), with the largest unit that keeps it whole, e.g. {@code
   * 0.5} as {@code 500m}, {@code 1024Mi} as {@code 1Gi}; empty if that form has no unit for it.
   */
  Optional<String> canonical() {
    BigDecimal amount = amount();
    if (amount.signum() == 0) {
      return Optional.of("0");
    }
    String unit = value.toString().substring(suffixStart(value.toString()));
    boolean exponent = unit.startsWith("e") || unit.startsWith("E");
    boolean binary = unit.endsWith("i") && amount.abs().compareTo(BigDecimal.valueOf(1024)) >= 0
        && amount.stripTrailingZeros().scale() <= 0;
    if (binary) {
      BigInteger whole = amount.toBigIntegerExact();
      int power = 0;
      BigInteger kibi = BigInteger.valueOf(1024);
      while (whole.abs().compareTo(kibi) >= 0 && whole.mod(kibi).signum() == 0) {
        whole = whole.divide(kibi);
        power++;
      }
      return Optional.of(whole + (power == 0 ? "" : BINARY_SUFFIXES.get(power - 1)));
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    int power = -stripped.scale();
    switch (power % 3) {
      case 1, -2 -> {
        mantissa = mantissa.multiply(BigInteger.TEN);
        power -= 1;
      }
      case 2, -1 -> {
        mantissa = mantissa.multiply(BigInteger.valueOf(100));
        power -= 2;
      }
      default -> { }
    }
    if (exponent) {
      return Optional.of(mantissa + (power == 0 ? "" : "e" + power));
    }
    for (int i = 0; i < DECIMAL_EXPONENTS.length; i++) {
      if (DECIMAL_EXPONENTS[i] == power) {
        return Optional.of(mantissa + DECIMAL_SUFFIXES.get(i));
      }
    }
    return power == 0 ? Optional.of(mantissa.toString()) : Optional.empty();
  }

  /** Where the number of {@code text} ends and its unit begins. */
  private static int suffixStart(String text) {
    int i = 0;
    while (i < text.length() && "+-0123456789.".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static final List<String> BINARY_SUFFIXES = List.of("Ki", "Mi", "Gi", "Ti", "Pi",
      "Ei");
  private static final List<String> DECIMAL_SUFFIXES = List.of("n", "u", "m", "k", "M", "G",
      "T", "P", "E");
  private static final int[] DECIMAL_EXPONENTS = {-9, -6, -3, 3, 6, 9, 12, 15, 18};

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
