package dev.gatewaydsl.model.workload;

/** The scheme of an {@code HTTPGetAction}: {@code HTTP} or {@code HTTPS}; unset means HTTP. */
public enum URIScheme {
  /** Plain HTTP, the default. */
  HTTP,
  /** HTTP over TLS; the kubelet does not verify the certificate. */
  HTTPS
}
