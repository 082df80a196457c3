package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code from} of {@code AllowedRoutes.namespaces} and {@code AllowedListeners.namespaces}: which
 * namespaces may attach. Routes may use {@code All}, {@code Selector} and {@code Same};
 * ListenerSets also {@code None}.
 */
public enum FromNamespaces {
  /** {@code All}: every namespace. */
  ALL("All"),
  /** {@code Selector}: the namespaces the {@code selector} selects. */
  SELECTOR("Selector"),
  /** {@code Same}: the Gateway's own namespace. */
  SAME("Same"),
  /** {@code None}: no namespace; for {@code allowedListeners} only. */
  NONE("None");

  private final String wire;

  FromNamespaces(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code All}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
