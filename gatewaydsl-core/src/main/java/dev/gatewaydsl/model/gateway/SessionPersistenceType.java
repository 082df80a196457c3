package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code SessionPersistence.type}: whether the session is kept by a cookie or a header. */
public enum SessionPersistenceType {
  /** {@code Cookie}. */
  COOKIE("Cookie"),
  /** {@code Header}. */
  HEADER("Header");

  private final String wire;

  SessionPersistenceType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code Cookie}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
