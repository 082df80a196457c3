package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code ListenerTLSConfig.mode}: whether the Gateway terminates TLS or passes it through. */
public enum TLSModeType {
  /** {@code Terminate}: the Gateway terminates TLS with the listener's certificates. */
  TERMINATE("Terminate"),
  /** {@code Passthrough}: the Gateway forwards the TLS stream undeciphered, routed by SNI. */
  PASSTHROUGH("Passthrough");

  private final String wire;

  TLSModeType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code Terminate}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
