package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.model.KubernetesResource;

/** A resource of the Gateway API group, written for a {@link GatewayApiTarget}. */
public interface GatewayApiResource extends KubernetesResource {

  /**
   * The Gateway API installation this resource is written for. It is not written to YAML and does
   * not take part in {@code equals}. Default: {@link GatewayApiTarget#V1_6_STANDARD} (or the
   * target a {@code Manifests.fromYaml} call reads for).
   */
  GatewayApiTarget target();
}
