package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;

/** How messages write label selectors. */
final class Selectors {

  private Selectors() {}

  /** {@code {app=web, tier In [a, b]}}: the matchLabels, then the matchExpressions. */
  static String describe(LabelSelector selector) {
    List<String> terms = new ArrayList<>();
    selector.matchLabels().forEach((k, v) -> terms.add(k + "=" + v));
    selector.matchExpressions().forEach(e -> terms.add(e.key() + " " + e.operator()
        + (e.values().isEmpty() ? "" : " " + e.values())));
    return "{" + String.join(", ", terms) + "}";
  }
}
