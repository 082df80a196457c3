package dev.gatewaydsl.model.workload;

/** The scheme of an {@code HTTPGetAction}: {@code HTTP} or {@code HTTPS}; unset means HTTP. */
public enum URIScheme {
  HTTP,
  HTTPS
}
