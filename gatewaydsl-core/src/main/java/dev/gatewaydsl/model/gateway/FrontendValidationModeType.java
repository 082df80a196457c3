package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code FrontendTLSValidation.mode}: how strictly the Gateway validates client certificates. */
public enum FrontendValidationModeType {
  /** {@code AllowValidOnly}: only clients with a valid certificate are accepted. */
  ALLOW_VALID_ONLY("AllowValidOnly"),
  /** {@code AllowInsecureFallback}: clients without a valid certificate are accepted too. */
  ALLOW_INSECURE_FALLBACK("AllowInsecureFallback");

  private final String wire;

  FrontendValidationModeType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code AllowValidOnly}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
