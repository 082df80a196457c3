package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A route's {@code spec.useDefaultGateways}: whether the route attaches to the Gateways that
 * declare themselves defaults.
 */
public enum GatewayDefaultScope {
  /** {@code All}. */
  ALL("All"),
  /** {@code None}. */
  NONE("None");

  private final String wire;

  GatewayDefaultScope(String wire) {
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
