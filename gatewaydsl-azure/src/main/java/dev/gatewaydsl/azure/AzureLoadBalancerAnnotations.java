package dev.gatewaydsl.azure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Service annotation keys read by the Azure cloud provider (cloud-provider-azure) when it builds
 * the load balancer of a {@code type: LoadBalancer} Service. On AKS with the Istio add-on, Istio
 * copies them from the Gateway onto the Service it generates. Use {@link AzureLoadBalancer} to
 * write them; the keys are here for reading and checking.
 *
 * <p>Source: the "LoadBalancer annotations" and "Custom Load Balancer health probe" sections of
 * cloud-provider-azure's documentation
 * (kubernetes-sigs/cloud-provider-azure {@code site/content/en/topics/loadbalancer.md}) and its
 * constants ({@code pkg/consts/consts.go}).
 */
public final class AzureLoadBalancerAnnotations {

  /** The prefix every Azure Service annotation shares. */
  public static final String PREFIX = "service.beta.kubernetes.io/";

  /** {@code true}: an internal load balancer (private IP); unset or {@code false}: public. */
  public static final String INTERNAL = PREFIX + "azure-load-balancer-internal";

  /** The subnet an internal load balancer takes its IP from. */
  public static final String INTERNAL_SUBNET = PREFIX + "azure-load-balancer-internal-subnet";

  /** The name of an existing public IP to use. */
  public static final String PIP_NAME = PREFIX + "azure-pip-name";

  /** The resource group of the public IP, when it is not the cluster's node resource group. */
  public static final String RESOURCE_GROUP = PREFIX + "azure-load-balancer-resource-group";

  /** The DNS label of the public IP: {@code <label>.<region>.cloudapp.azure.com}. */
  public static final String DNS_LABEL_NAME = PREFIX + "azure-dns-label-name";

  /** The load balancer's IPv4 address (replaces the deprecated {@code spec.loadBalancerIP}). */
  public static final String IPV4 = PREFIX + "azure-load-balancer-ipv4";

  /** TCP idle timeout in minutes, 4 to 100. */
  public static final String TCP_IDLE_TIMEOUT = PREFIX + "azure-load-balancer-tcp-idle-timeout";

  /** Seconds between health probes, at least 5. */
  public static final String HEALTH_PROBE_INTERVAL =
      PREFIX + "azure-load-balancer-health-probe-interval";

  /** Consecutive failed probes before a backend is unhealthy, at least 2. */
  public static final String HEALTH_PROBE_NUM_OF_PROBE =
      PREFIX + "azure-load-balancer-health-probe-num-of-probe";

  /** The HTTP(S) path the health probe requests, for every port whose probe is HTTP(S). */
  public static final String HEALTH_PROBE_REQUEST_PATH =
      PREFIX + "azure-load-balancer-health-probe-request-path";

  /** Comma-separated CIDRs that may reach the load balancer. */
  public static final String ALLOWED_IP_RANGES = PREFIX + "azure-allowed-ip-ranges";

  /** Comma-separated Azure service tags that may reach the load balancer. */
  public static final String ALLOWED_SERVICE_TAGS = PREFIX + "azure-allowed-service-tags";

  private static final Pattern PER_PORT =
      Pattern.compile(Pattern.quote(PREFIX) + "port_([0-9]+)_(.+)");

  /** The per-port settings, as they appear after {@code port_<P>_}. */
  enum PortSetting {
    HEALTH_PROBE_PROTOCOL("health-probe_protocol"),
    HEALTH_PROBE_PORT("health-probe_port"),
    HEALTH_PROBE_REQUEST_PATH("health-probe_request-path"),
    HEALTH_PROBE_INTERVAL("health-probe_interval"),
    HEALTH_PROBE_NUM_OF_PROBE("health-probe_num-of-probe"),
    NO_LB_RULE("no_lb_rule"),
    NO_PROBE_RULE("no_probe_rule");

    final String suffix;

    PortSetting(String suffix) {
      this.suffix = suffix;
    }
  }

  /** A parsed per-port key: {@code port_443_health-probe_port} is port 443, its setting. */
  record PortKey(int port, Optional<PortSetting> setting, String suffix) {}

  private AzureLoadBalancerAnnotations() {}

  /** {@code service.beta.kubernetes.io/port_{port}_health-probe_protocol}: http, https or tcp. */
  public static String healthProbeProtocol(int port) {
    return perPort(port, PortSetting.HEALTH_PROBE_PROTOCOL);
  }

  /** {@code service.beta.kubernetes.io/port_{port}_health-probe_port}: the port probed instead. */
  public static String healthProbePort(int port) {
    return perPort(port, PortSetting.HEALTH_PROBE_PORT);
  }

  /** {@code service.beta.kubernetes.io/port_{port}_health-probe_request-path}. */
  public static String healthProbeRequestPath(int port) {
    return perPort(port, PortSetting.HEALTH_PROBE_REQUEST_PATH);
  }

  /** {@code service.beta.kubernetes.io/port_{port}_no_lb_rule}: no rule and no probe for it. */
  public static String noLbRule(int port) {
    return perPort(port, PortSetting.NO_LB_RULE);
  }

  /** {@code service.beta.kubernetes.io/port_{port}_no_probe_rule}: no probe for it. */
  public static String noProbeRule(int port) {
    return perPort(port, PortSetting.NO_PROBE_RULE);
  }

  static String perPort(int port, PortSetting setting) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, inclusive: " + port);
    }
    return PREFIX + "port_" + port + "_" + setting.suffix;
  }

  /** The port and setting of a per-port key; empty if {@code key} is not one. */
  static Optional<PortKey> parsePerPort(String key) {
    Matcher m = PER_PORT.matcher(key);
    if (!m.matches() || m.group(1).length() > 5) {
      return Optional.empty();
    }
    Optional<PortSetting> setting = java.util.Arrays.stream(PortSetting.values())
        .filter(s -> s.suffix.equals(m.group(2))).findFirst();
    return Optional.of(new PortKey(Integer.parseInt(m.group(1)), setting, m.group(2)));
  }
}
