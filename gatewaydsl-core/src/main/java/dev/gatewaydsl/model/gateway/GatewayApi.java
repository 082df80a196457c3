package dev.gatewaydsl.model.gateway;

/**
 * The Gateway API group and the versions of it this library writes.
 *
 * <p>Which versions a kind may be written as, and with which fields, is decided by the resource's
 * {@link GatewayApiTarget}. Clusters with Gateway API v0.6.x (such as AKS with Istio revision
 * {@code asm-1-17}) serve Gateway, GatewayClass, HTTPRoute and ReferenceGrant only as {@link
 * #V1BETA1} (and {@code v1alpha2}).
 */
public final class GatewayApi {

  /** {@code gateway.networking.k8s.io}. */
  public static final String GROUP = "gateway.networking.k8s.io";

  /** {@code gateway.networking.k8s.io/v1}: the default. */
  public static final String V1 = GROUP + "/v1";

  /** {@code gateway.networking.k8s.io/v1beta1}: for Gateway API v0.6.x clusters. */
  public static final String V1BETA1 = GROUP + "/v1beta1";

  /**
   * {@code gateway.networking.k8s.io/v1alpha2}: TCPRoute, TLSRoute, UDPRoute and GRPCRoute in
   * experimental channels, and the older version of most kinds in v0.6.x.
   */
  public static final String V1ALPHA2 = GROUP + "/v1alpha2";

  /**
   * {@code gateway.networking.k8s.io/v1alpha3}: TLSRoute and BackendTLSPolicy in the experimental
   * channel of v1.x.
   */
  public static final String V1ALPHA3 = GROUP + "/v1alpha3";

  private GatewayApi() {}
}
