package dev.gatewaydsl.model.gateway;

import java.util.List;

/**
 * The Gateway API group and the versions of it this library writes.
 *
 * <p>Resources default to {@link #V1}. Clusters with Gateway API v0.6.x (such as AKS with Istio
 * revision {@code asm-1-17}) serve Gateway, GatewayClass and HTTPRoute only as {@link #V1BETA1}.
 */
public final class GatewayApi {

  /** {@code gateway.networking.k8s.io}. */
  public static final String GROUP = "gateway.networking.k8s.io";

  /** {@code gateway.networking.k8s.io/v1}: the default. */
  public static final String V1 = GROUP + "/v1";

  /** {@code gateway.networking.k8s.io/v1beta1}: for Gateway API v0.6.x clusters. */
  public static final String V1BETA1 = GROUP + "/v1beta1";

  /** {@code gateway.networking.k8s.io/v1alpha2}: GRPCRoute as Gateway API v0.6.x serves it. */
  public static final String V1ALPHA2 = GROUP + "/v1alpha2";

  /** The versions a Gateway or an HTTPRoute can be written as. */
  static final List<String> GATEWAY_AND_HTTPROUTE_VERSIONS = List.of(V1, V1BETA1);

  /** The versions a GRPCRoute can be written as. */
  static final List<String> GRPCROUTE_VERSIONS = List.of(V1, V1ALPHA2);

  private GatewayApi() {}
}
