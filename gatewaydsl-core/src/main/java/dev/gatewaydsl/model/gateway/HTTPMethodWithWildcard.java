package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One entry of {@code HTTPCORSFilter.allowMethods}: an HTTP method, or {@code *} for every
 * method.
 */
public enum HTTPMethodWithWildcard {
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
  PATCH("PATCH"),
  /** {@code *}. */
  WILDCARD("*");

  private final String wire;

  HTTPMethodWithWildcard(String wire) {
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
