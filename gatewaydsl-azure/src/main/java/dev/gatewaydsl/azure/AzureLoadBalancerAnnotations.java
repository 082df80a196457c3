package dev.gatewaydsl.azure;

/**
 * Service annotation keys read by the Azure cloud provider (cloud-provider-azure) when it builds
 * the load balancer of a {@code type: LoadBalancer} Service. On AKS with the Istio add-on, Istio
 * copies a Gateway's annotations onto the Service it generates, so they are set on the Gateway.
 *
 * <p>Source: the "LoadBalancer annotations" table of cloud-provider-azure's documentation
 * (kubernetes-sigs.github.io/cloud-provider-azure/topics/loadbalancer/), and its pull request
 * #2823 for the per-port probe protocol and port.
 */
public final class AzureLoadBalancerAnnotations {

  /** The prefix every Azure Service annotation shares. */
  public static final String PREFIX = "service.beta.kubernetes.io/";

  /** The HTTP(S) path the health probe requests, for every port whose probe is HTTP(S). */
  public static final String HEALTH_PROBE_REQUEST_PATH =
      PREFIX + "azure-load-balancer-health-probe-request-path";

  private AzureLoadBalancerAnnotations() {}

  /** {@code service.beta.kubernetes.io/port_{port}_health-probe_protocol}: http, https or tcp. */
  public static String healthProbeProtocol(int port) {
    return perPort(port, "health-probe_protocol");
  }

  /** {@code service.beta.kubernetes.io/port_{port}_health-probe_port}: the port probed instead. */
  public static String healthProbePort(int port) {
    return perPort(port, "health-probe_port");
  }

  /** {@code service.beta.kubernetes.io/port_{port}_health-probe_request-path}. */
  public static String healthProbeRequestPath(int port) {
    return perPort(port, "health-probe_request-path");
  }

  private static String perPort(int port, String setting) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, inclusive: " + port);
    }
    return PREFIX + "port_" + port + "_" + setting;
  }
}
