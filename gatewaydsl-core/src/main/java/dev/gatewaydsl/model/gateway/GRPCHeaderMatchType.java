package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code GRPCHeaderMatch.type}: how a request header's value is compared. */
public enum GRPCHeaderMatchType {
  /** {@code Exact}. */
  EXACT("Exact"),
  /** {@code RegularExpression}. */
  REGULAR_EXPRESSION("RegularExpression");

  private final String wire;

  GRPCHeaderMatchType(String wire) {
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
