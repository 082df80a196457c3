package dev.gatewaydsl.model.gateway;

import java.util.List;

/**
 * The Gateway API group and the versions of it this library writes.
 *
 * <p>Resources default to {@link #V1}. Clusters with Gateway API v0.6.x (such as AKS with Istio
 * revision {@code asm-1-17}) serve Gateway, GatewayClass and HTTPRoute only as {@link #V1BETA1},
 * and TCPRoute, TLSRoute and UDPRoute (experimental channel) only as {@link #V1ALPHA2}.
 */
public final class GatewayApi {

  /** {@code gateway.networking.k8s.io}. */
  public static final String GROUP = "gateway.networking.k8s.io";

  /** {@code gateway.networking.k8s.io/v1}: the default. */
  public static final String V1 = GROUP + "/v1";

  /** {@code gateway.networking.k8s.io/v1beta1}: for Gateway API v0.6.x clusters. */
  public static final String V1BETA1 = GROUP + "/v1beta1";

  /**
   * {@code gateway.networking.k8s.io/v1alpha2}: TCPRoute, TLSRoute and UDPRoute in the
   * experimental channel of v1.x, and the only version of them in v0.x.
   */
  public static final String V1ALPHA2 = GROUP + "/v1alpha2";

  /**
   * {@code gateway.networking.k8s.io/v1alpha3}: TLSRoute and BackendTLSPolicy in the experimental
   * channel of v1.x.
   */
  public static final String V1ALPHA3 = GROUP + "/v1alpha3";

  /** The versions a Gateway or an HTTPRoute can be written as. */
  static final List<String> GATEWAY_AND_HTTPROUTE_VERSIONS = List.of(V1, V1BETA1);

  /** The versions a TCPRoute or a UDPRoute is served as (v1.6.1 both channels, v0.6.1). */
  static final List<String> TCP_AND_UDP_ROUTE_VERSIONS = List.of(V1, V1ALPHA2);

  /** The versions a TLSRoute is served as (v1.6.1 both channels, v0.6.1). */
  static final List<String> TLS_ROUTE_VERSIONS = List.of(V1, V1ALPHA3, V1ALPHA2);

  /** The versions a BackendTLSPolicy is served as (v1.6.1 both channels). */
  static final List<String> BACKEND_TLS_POLICY_VERSIONS = List.of(V1, V1ALPHA3);

  private GatewayApi() {}
}
