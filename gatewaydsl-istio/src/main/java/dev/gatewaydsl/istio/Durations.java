package dev.gatewaydsl.istio;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Istio's durations, as its API takes them ({@code 10s}, {@code 1.5s}, {@code 250ms}, {@code
 * 1m30s}: a sequence of decimal numbers with the units h, m, s, ms, us and ns).
 */
public final class Durations {
  private static final Pattern WHOLE =
      Pattern.compile("([0-9]+(\\.[0-9]+)?(h|ms|m|s|us|µs|ns))+");
  private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(h|ms|m|s|us|µs|ns)");

  private Durations() {}

  /** The duration in nanoseconds, or empty if {@code text} is not a duration. */
  public static Optional<BigDecimal> nanos(String text) {
    if (!WHOLE.matcher(text).matches()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    Matcher part = PART.matcher(text);
    while (part.find()) {
      BigDecimal unit = switch (part.group(2)) {
        case "h" -> BigDecimal.valueOf(3_600_000_000_000L);
        case "m" -> BigDecimal.valueOf(60_000_000_000L);
        case "s" -> BigDecimal.valueOf(1_000_000_000L);
        case "ms" -> BigDecimal.valueOf(1_000_000L);
        case "us", "µs" -> BigDecimal.valueOf(1_000L);
        default -> BigDecimal.ONE;
      };
      total = total.add(new BigDecimal(part.group(1)).multiply(unit));
    }
    return Optional.of(total);
  }

  static void check(String text, FieldPath path, Violations violations) {
    if (nanos(text).isEmpty()) {
      violations.invalid(path, text, "must be a duration, such as 10s or 250ms");
    }
  }
}
