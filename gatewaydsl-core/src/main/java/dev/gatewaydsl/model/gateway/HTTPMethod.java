package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code HTTPRouteMatch.method}: an HTTP method, in upper case. */
public enum HTTPMethod {
  /** {@code GET}. */
  GET("GET"),
  /** {@code HEAD}. */
  HEAD("HEAD"),
  /** {@code POST}. */
  POST("POST"),
  /** {@code PUT}. */
  PUT("PUT"),
  /** {@code DELETE}. */
  DELETE("DELETE"),
  /** {@code CONNECT}. */
  CONNECT("CONNECT"),
  /** {@code OPTIONS}. */
  OPTIONS("OPTIONS"),
  /** {@code TRACE}. */
  TRACE("TRACE"),
  /** {@code PATCH}. */
  PATCH("PATCH");

  private final String wire;

  HTTPMethod(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code GET}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
