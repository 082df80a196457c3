package dev.gatewaydsl.istio;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers of the model: ordered immutable maps and the port range. */
final class Maps {
  private Maps() {}

  /** An unmodifiable copy of {@code map} that keeps its order. */
  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Checks that {@code number} is a port, 1 to 65535. */
  static void port(int number, FieldPath path, Violations violations) {
    if (number < 1 || number > 65535) {
      violations.invalid(path, number, "must be between 1 and 65535, inclusive");
    }
  }
}
