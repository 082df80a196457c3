package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code HTTPPathMatch.type}: how a request path is compared with the match's value. */
public enum PathMatchType {
  /** {@code Exact}: the whole path, case-sensitive. */
  EXACT("Exact"),
  /** {@code PathPrefix}: the path starts with the value, element by element. */
  PATH_PREFIX("PathPrefix"),
  /** {@code RegularExpression}: implementation-specific regular expression. */
  REGULAR_EXPRESSION("RegularExpression");

  private final String wire;

  PathMatchType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code PathPrefix}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
