package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code HTTPExternalAuthFilter.protocol}: how the gateway talks to the authorization service. */
public enum HTTPRouteExternalAuthProtocol {
  /** {@code HTTP}. */
  HTTP("HTTP"),
  /** {@code GRPC}. */
  GRPC("GRPC");

  private final String wire;

  HTTPRouteExternalAuthProtocol(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code HTTP}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
