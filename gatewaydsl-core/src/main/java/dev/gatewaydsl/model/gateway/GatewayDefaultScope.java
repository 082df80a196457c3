package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code Gateway.spec.defaultScope} (experimental channel): whether the Gateway is a default
 * Gateway that routes attach to implicitly.
 */
public enum GatewayDefaultScope {
  /** {@code All}: routes that ask for a default Gateway attach to this one. */
  ALL("All"),
  /** {@code None}: not a default Gateway. */
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
