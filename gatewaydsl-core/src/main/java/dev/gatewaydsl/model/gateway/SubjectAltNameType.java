package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code SubjectAltName.type}: which field of the Subject Alternative Name is set. */
public enum SubjectAltNameType {
  /** {@code Hostname}: a DNS name, in {@code hostname}. */
  HOSTNAME("Hostname"),
  /** {@code URI}: a URI such as a SPIFFE ID, in {@code uri}. */
  URI("URI");

  private final String wire;

  SubjectAltNameType(String wire) {
    this.wire = wire;
  }

  /** The name in YAML, e.g. {@code Hostname}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
