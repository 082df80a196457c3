package dev.gatewaydsl.istio.migration;

import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.Map;
import java.util.Objects;

/**
 * Converts Istio's networking resources to the Gateway API, as Istio's own implementation of the
 * Gateway API expects them.
 *
 * <ul>
 *   <li>An Istio Gateway becomes a Gateway of class {@code istio}: one listener per server port,
 *       protocol and host; {@code SIMPLE} TLS with a {@code credentialName} a terminating HTTPS
 *       listener with that Secret, {@code PASSTHROUGH} a TLS listener; {@code httpsRedirect} an
 *       HTTPRoute that redirects to HTTPS. Its listeners admit routes from the namespaces of the
 *       VirtualServices that bind to it.
 *   <li>A VirtualService's {@code http} routes become an HTTPRoute (a GRPCRoute when every
 *       destination is a gRPC port and every match is a gRPC method or header match), {@code
 *       tcp} routes TCPRoutes, {@code tls} routes TLSRoutes. Routes bound to Istio Gateways get
 *       those Gateways as parents; routes for the mesh (gateway {@code mesh}, or none) get the
 *       Services of their hosts as parents ({@code group: ""}, {@code kind: Service}).
 *   <li>A DestinationRule subset that a route uses becomes a Service {@code <service>-<subset>}
 *       with the Service's ports and its selector plus the subset's labels.
 *   <li>A reference to a Service in another namespace gets a ReferenceGrant there.
 * </ul>
 *
 * <p>Everything else is listed in the {@link MigrationReport}: nothing is dropped silently. The
 * generated resources are built for the target, so they pass its validation; fields it does not
 * serve (retries outside the experimental channel, say) are reported, not written.
 */
public final class IstioToGatewayApi {
  private final Options options;

  private IstioToGatewayApi(Options options) {
    this.options = options;
  }

  /** A converter for {@code target}, with the default {@link Options}. */
  public static IstioToGatewayApi forTarget(GatewayApiTarget target) {
    return new IstioToGatewayApi(Options.defaults().withTarget(target));
  }

  /** A converter with {@code options}. */
  public static IstioToGatewayApi with(Options options) {
    return new IstioToGatewayApi(Objects.requireNonNull(options, "options"));
  }

  /** The options. */
  public Options options() {
    return options;
  }

  /** Converts {@code input}; the same input gives the same output. */
  public Migration convert(IstioSet input) {
    return new Conversion(options, input).run();
  }

  /**
   * How to convert.
   *
   * @param target the Gateway API installation the output is for
   * @param gatewayClassName the class of the Gateways made, {@code istio} by default
   * @param gatewayServicePorts the Service port in front of each gateway pod port: Istio Gateway
   *     servers name the pod's port, Gateway API listeners the Service's. Default: Istio's
   *     ingress gateway chart, 8080 behind 80 and 8443 behind 443; other ports stay as they are
   * @param defaultNamespace the namespace of resources that name none
   * @param clusterDomain the cluster's DNS domain, for host names such as {@code
   *     reviews.bookinfo.svc.cluster.local}
   */
  public record Options(GatewayApiTarget target, String gatewayClassName,
      Map<Integer, Integer> gatewayServicePorts, String defaultNamespace, String clusterDomain) {

    /** Copies the port map. */
    public Options {
      Objects.requireNonNull(target, "target");
      gatewayServicePorts = Map.copyOf(gatewayServicePorts);
    }

    /** Standard channel of v1.6.1, class {@code istio}, 8080 to 80 and 8443 to 443. */
    public static Options defaults() {
      return new Options(GatewayApiTarget.V1_6_STANDARD, "istio", Map.of(8080, 80, 8443, 443),
          "default", "cluster.local");
    }

    /** These options for {@code target}. */
    public Options withTarget(GatewayApiTarget target) {
      return new Options(target, gatewayClassName, gatewayServicePorts, defaultNamespace,
          clusterDomain);
    }

    /** These options with the given Service port for each gateway pod port. */
    public Options withGatewayServicePorts(Map<Integer, Integer> ports) {
      return new Options(target, gatewayClassName, ports, defaultNamespace, clusterDomain);
    }

    /** These options with Gateways of class {@code name}. */
    public Options withGatewayClassName(String name) {
      return new Options(target, name, gatewayServicePorts, defaultNamespace, clusterDomain);
    }
  }
}
