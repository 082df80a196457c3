package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
/**
 * Default Gateways (experimental channel): {@code Gateway.spec.defaultScope} says whether a
 * Gateway is a default Gateway that routes attach to implicitly; a route's {@code
 * spec.useDefaultGateways} says whether it attaches to them.
 */
public enum GatewayDefaultScope {
  /** {@code All}: a default Gateway for every route that asks; a route attaching to all of them. */
  ALL("All"),
  /** {@code None}: not a default Gateway; a route attaching to none (as when unset). */
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
