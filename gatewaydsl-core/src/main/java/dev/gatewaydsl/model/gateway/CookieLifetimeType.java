package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code CookieConfig.lifetimeType}: a cookie that outlives the browser session or not. */
public enum CookieLifetimeType {
  /** {@code Permanent}. */
  PERMANENT("Permanent"),
  /** {@code Session}. */
  SESSION("Session");

  private final String wire;

  CookieLifetimeType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code Permanent}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
