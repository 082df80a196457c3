package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code HTTPHeaderMatch.type}: how a request header's value is compared. */
public enum HeaderMatchType {
  /** {@code Exact}. */
  EXACT("Exact"),
  /** {@code RegularExpression}. */
  REGULAR_EXPRESSION("RegularExpression");

  private final String wire;

  HeaderMatchType(String wire) {
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
