package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code GRPCRouteFilter.type}: which of the filter's fields is set. */
public enum GRPCRouteFilterType {
  /** {@code ResponseHeaderModifier}. */
  RESPONSE_HEADER_MODIFIER("ResponseHeaderModifier"),
  /** {@code RequestHeaderModifier}. */
  REQUEST_HEADER_MODIFIER("RequestHeaderModifier"),
  /** {@code RequestMirror}. */
  REQUEST_MIRROR("RequestMirror"),
  /** {@code ExtensionRef}. */
  EXTENSION_REF("ExtensionRef");

  private final String wire;

  GRPCRouteFilterType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code ResponseHeaderModifier}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
