package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code HTTPPathModifier.type}: whether a redirect or rewrite replaces the whole path or the
 * matched prefix.
 */
public enum HTTPPathModifierType {
  /** {@code ReplaceFullPath}. */
  REPLACE_FULL_PATH("ReplaceFullPath"),
  /** {@code ReplacePrefixMatch}. */
  REPLACE_PREFIX_MATCH("ReplacePrefixMatch");

  private final String wire;

  HTTPPathModifierType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code ReplaceFullPath}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
