package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code GRPCMethodMatch.type}: how the gRPC service and method are compared. */
public enum GRPCMethodMatchType {
  /** {@code Exact}. */
  EXACT("Exact"),
  /** {@code RegularExpression}. */
  REGULAR_EXPRESSION("RegularExpression");

  private final String wire;

  GRPCMethodMatchType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code Exact}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
