package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.gateway.Gateway;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes a Gateway's {@code spec.infrastructure} labels and annotations. Not API.
 *
 * <p>The core model of this build has no {@code spec.infrastructure} yet, so every Gateway reads
 * as having none, and writing fails with a message saying so.
 */
final class Infrastructure {
  private Infrastructure() {}

  /** {@code spec.infrastructure.labels}, if set and not empty. */
  static Optional<Map<String, String>> labels(Gateway gateway) {
    return Optional.empty();
  }

  /** {@code spec.infrastructure.annotations}, if set and not empty. */
  static Optional<Map<String, String>> annotations(Gateway gateway) {
    return Optional.empty();
  }

  /** A copy of {@code gateway} whose {@code spec.infrastructure.annotations} are {@code annotations}. */
  static Gateway withAnnotations(Gateway gateway, Map<String, String> annotations) {
    throw new UnsupportedOperationException("Gateway \"" + gateway.metadata().name() + "\": "
        + "the revision places load balancer annotations in spec.infrastructure.annotations, "
        + "which this build of gatewaydsl-core does not model yet");
  }
}
