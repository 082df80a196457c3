package dev.gatewaydsl.model.workload;

/** The transport protocol of a container or Service port: {@code TCP}, {@code UDP}, {@code SCTP}. */
public enum Protocol {
  /** Transmission Control Protocol, the default. */
  TCP,
  /** User Datagram Protocol. */
  UDP,
  /** Stream Control Transmission Protocol. */
  SCTP
}
