package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A route's {@code spec.useDefaultGateways}: whether the route also attaches to the cluster's
 * default Gateways. Experimental channel only.
 */
public enum GatewayDefaultScope {
  /** {@code All}: attach to every default Gateway that allows the route. */
  ALL("All"),
  /** {@code None}: attach to no default Gateway, as when unset. */
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
