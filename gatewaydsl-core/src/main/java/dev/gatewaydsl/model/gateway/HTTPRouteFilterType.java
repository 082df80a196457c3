package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code HTTPRouteFilter.type}: which of the filter's fields is set. */
public enum HTTPRouteFilterType {
  /** {@code RequestHeaderModifier}. */
  REQUEST_HEADER_MODIFIER("RequestHeaderModifier"),
  /** {@code ResponseHeaderModifier}. */
  RESPONSE_HEADER_MODIFIER("ResponseHeaderModifier"),
  /** {@code RequestMirror}. */
  REQUEST_MIRROR("RequestMirror"),
  /** {@code RequestRedirect}. */
  REQUEST_REDIRECT("RequestRedirect"),
  /** {@code URLRewrite}. */
  URL_REWRITE("URLRewrite"),
  /** {@code ExtensionRef}. */
  EXTENSION_REF("ExtensionRef"),
  /** {@code CORS}. */
  CORS("CORS"),
  /** {@code ExternalAuth} (experimental channel). */
  EXTERNAL_AUTH("ExternalAuth");

  private final String wire;

  HTTPRouteFilterType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code RequestHeaderModifier}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
