package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayInfrastructure;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes a Gateway's {@code spec.infrastructure} labels and annotations, with Istio's
 * notion of "set": a map that is present and not empty. Not API.
 */
final class Infrastructure {
  private Infrastructure() {}

  /** {@code spec.infrastructure.labels}, if set. */
  static Optional<Map<String, String>> labels(Gateway gateway) {
    return gateway.spec().infrastructure().map(GatewayInfrastructure::labels)
        .filter(m -> !m.isEmpty());
  }

  /** {@code spec.infrastructure.annotations}, if set. */
  static Optional<Map<String, String>> annotations(Gateway gateway) {
    return gateway.spec().infrastructure().map(GatewayInfrastructure::annotations)
        .filter(m -> !m.isEmpty());
  }

  /**
   * A copy of {@code gateway} whose {@code spec.infrastructure.annotations} are {@code
   * annotations}; the rest of {@code spec.infrastructure} is kept.
   */
  static Gateway withAnnotations(Gateway gateway, Map<String, String> annotations) {
    GatewayInfrastructure infrastructure = gateway.spec().infrastructure()
        .orElseGet(() -> GatewayInfrastructure.builder().build())
        .withAnnotations(annotations);
    return gateway.withSpec(gateway.spec().withInfrastructure(infrastructure));
  }
}
