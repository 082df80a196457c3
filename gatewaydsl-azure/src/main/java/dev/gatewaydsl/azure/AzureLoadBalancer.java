package dev.gatewaydsl.azure;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Typed settings of the Azure load balancer in front of a Gateway's generated Service. Each method
 * returns a copy with one more setting and writes exactly the annotation its Javadoc shows; the
 * annotations are placed on the Gateway by {@link AksIstio#withLoadBalancer(AzureLoadBalancer)}, where
 * the revision's {@link AksMeshRevision#placement()} says.
 *
 * <pre>{@code
 * AzureLoadBalancer lb = AzureLoadBalancer.internal().internalSubnet("ingress")
 *     .tcpIdleTimeoutMinutes(10)
 *     .allowedIpRanges("10.0.0.0/8");
 * }</pre>
 *
 * <p>Wrong combinations are refused at once with an {@link IllegalArgumentException}: a subnet for
 * a public load balancer, a public IP, its resource group or a DNS label for an internal one. Keys
 * and value forms are those of cloud-provider-azure's documentation ({@code
 * site/content/en/topics/loadbalancer.md}); bounds are those its code enforces ({@code
 * pkg/provider/azure_loadbalancer.go}, {@code azure_loadbalancer_healthprobe.go}).
 */
public final class AzureLoadBalancer {

  /** The protocol of a health probe, written in lower case. */
  public enum ProbeProtocol {
    TCP, HTTP, HTTPS;

    /** The annotation value: {@code tcp}, {@code http} or {@code https}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Shortest TCP idle timeout, in minutes. */
  public static final int MIN_IDLE_TIMEOUT = 4;
  /**
   * Longest TCP idle timeout, in minutes: 100, as the Azure cloud provider accepts since v1.28
   * (kubernetes-sigs/cloud-provider-azure {@code pkg/provider/azure_loadbalancer.go}: 30 at tag
   * v1.27.0, 100 at v1.28.0).
   */
  public static final int MAX_IDLE_TIMEOUT = 100;
  /** Shortest probe interval, in seconds. */
  public static final int MIN_PROBE_INTERVAL = 5;
  /** Fewest failed probes that may mark a backend unhealthy. */
  public static final int MIN_PROBE_COUNT = 2;
  /** Interval times count must stay below this many seconds. */
  public static final int MAX_PROBE_SECONDS = 120;

  private static final Pattern SERVICE_TAG = Pattern.compile("[A-Za-z][A-Za-z0-9.]*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private final boolean internal;
  private final SortedMap<String, String> annotations;

  private AzureLoadBalancer(boolean internal, SortedMap<String, String> annotations) {
    this.internal = internal;
    this.annotations = annotations;
  }

  /** A public load balancer, the Azure default: writes no annotation. */
  public static AzureLoadBalancer external() {
    return new AzureLoadBalancer(false, new TreeMap<>());
  }

  /**
   * An internal load balancer with a private IP from the cluster's virtual network: {@code
   * service.beta.kubernetes.io/azure-load-balancer-internal: "true"}.
   */
  public static AzureLoadBalancer internal() {
    return external().with(true, AzureLoadBalancerAnnotations.INTERNAL, "true");
  }

  /** Whether the load balancer is internal. */
  public boolean isInternal() {
    return internal;
  }

  /** The annotations written so far, sorted by key; read-only. */
  public Map<String, String> annotations() {
    return Collections.unmodifiableSortedMap(annotations);
  }

  /**
   * The subnet of an internal load balancer: {@code
   * service.beta.kubernetes.io/azure-load-balancer-internal-subnet: <subnet>}. The subnet must be
   * in the cluster's virtual network.
   *
   * @throws IllegalArgumentException if the load balancer is not {@link #internal()}, or the name
   *     is blank
   */
  public AzureLoadBalancer internalSubnet(String subnet) {
    requireText(subnet, "subnet");
    if (!internal) {
      throw new IllegalArgumentException("internalSubnet(\"" + subnet + "\") needs an internal "
          + "load balancer: start from AzureLoadBalancer.internal()");
    }
    return with(internal, AzureLoadBalancerAnnotations.INTERNAL_SUBNET, subnet);
  }

  /**
   * Use the existing public IP named {@code name}: {@code
   * service.beta.kubernetes.io/azure-pip-name: <name>}. If it is not in the cluster's node resource
   * group, also set {@link #publicIpResourceGroup(String)}.
   *
   * @throws IllegalArgumentException for an internal load balancer, a blank name, or if {@link
   *     #ipv4(String)} was set (AKS selects the public IP by name or by address, not both)
   */
  public AzureLoadBalancer publicIpName(String name) {
    requirePublic("publicIpName", name);
    requireNot(AzureLoadBalancerAnnotations.IPV4, "publicIpName(\"" + name + "\")");
    return with(internal, AzureLoadBalancerAnnotations.PIP_NAME, name);
  }

  /**
   * The resource group of the public IP: {@code
   * service.beta.kubernetes.io/azure-load-balancer-resource-group: <group>}.
   *
   * @throws IllegalArgumentException for an internal load balancer, or a blank name
   */
  public AzureLoadBalancer publicIpResourceGroup(String resourceGroup) {
    requirePublic("publicIpResourceGroup", resourceGroup);
    return with(internal, AzureLoadBalancerAnnotations.RESOURCE_GROUP, resourceGroup);
  }

  /**
   * A DNS label for the public IP, giving {@code <label>.<region>.cloudapp.azure.com}: {@code
   * service.beta.kubernetes.io/azure-dns-label-name: <label>}.
   *
   * @throws IllegalArgumentException for an internal load balancer, or a label that is not a
   *     lowercase DNS label of at most 63 characters
   */
  public AzureLoadBalancer dnsLabel(String label) {
    requirePublic("dnsLabel", label);
    if (label.length() > 63 || !DNS_LABEL.matcher(label).matches()) {
      throw new IllegalArgumentException("dnsLabel(\"" + label + "\"): must be a lowercase DNS "
          + "label: at most 63 letters, digits or '-', starting and ending with a letter or digit");
    }
    return with(internal, AzureLoadBalancerAnnotations.DNS_LABEL_NAME, label);
  }

  /**
   * A static IPv4 address: {@code service.beta.kubernetes.io/azure-load-balancer-ipv4: <address>}.
   * For a public load balancer the address must be a public IP in the cluster's (or {@link
   * #publicIpResourceGroup(String)}'s) resource group; for an internal one, a free address of the
   * subnet.
   *
   * @throws IllegalArgumentException if {@code address} is not a dotted-quad IPv4 address, or
   *     if {@link #publicIpName(String)} was set
   */
  public AzureLoadBalancer ipv4(String address) {
    Objects.requireNonNull(address, "address");
    if (!Addresses.isIPv4(address)) {
      throw new IllegalArgumentException("ipv4(\"" + address + "\"): must be an IPv4 address "
          + "such as 20.50.60.70");
    }
    requireNot(AzureLoadBalancerAnnotations.PIP_NAME, "ipv4(\"" + address + "\")");
    return with(internal, AzureLoadBalancerAnnotations.IPV4, address);
  }

  /**
   * TCP idle timeout: {@code service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout:
   * "<minutes>"}. Azure's default is 4.
   *
   * @throws IllegalArgumentException unless 4 &lt;= minutes &lt;= 100
   */
  public AzureLoadBalancer tcpIdleTimeoutMinutes(int minutes) {
    if (minutes < MIN_IDLE_TIMEOUT || minutes > MAX_IDLE_TIMEOUT) {
      throw new IllegalArgumentException("tcpIdleTimeoutMinutes(" + minutes + "): must be "
          + "between " + MIN_IDLE_TIMEOUT + " and " + MAX_IDLE_TIMEOUT + " minutes");
    }
    return with(internal, AzureLoadBalancerAnnotations.TCP_IDLE_TIMEOUT, String.valueOf(minutes));
  }

  /**
   * Seconds between health probes, for every port: {@code
   * service.beta.kubernetes.io/azure-load-balancer-health-probe-interval: "<seconds>"}.
   *
   * @throws IllegalArgumentException if below 5, or if interval times {@link
   *     #healthProbeCount(int)} would reach 120 seconds
   */
  public AzureLoadBalancer healthProbeInterval(int seconds) {
    if (seconds < MIN_PROBE_INTERVAL) {
      throw new IllegalArgumentException("healthProbeInterval(" + seconds + "): must be at least "
          + MIN_PROBE_INTERVAL + " seconds");
    }
    return probeTotal(seconds, count()).with(internal,
        AzureLoadBalancerAnnotations.HEALTH_PROBE_INTERVAL, String.valueOf(seconds));
  }

  /**
   * Consecutive failed probes before a backend is taken out, for every port: {@code
   * service.beta.kubernetes.io/azure-load-balancer-health-probe-num-of-probe: "<count>"}.
   *
   * @throws IllegalArgumentException if below 2, or if {@link #healthProbeInterval(int)} times
   *     count would reach 120 seconds
   */
  public AzureLoadBalancer healthProbeCount(int count) {
    if (count < MIN_PROBE_COUNT) {
      throw new IllegalArgumentException("healthProbeCount(" + count + "): must be at least "
          + MIN_PROBE_COUNT);
    }
    return probeTotal(interval(), count).with(internal,
        AzureLoadBalancerAnnotations.HEALTH_PROBE_NUM_OF_PROBE, String.valueOf(count));
  }

  /**
   * The request path of every HTTP(S) health probe: {@code
   * service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path: <path>}.
   *
   * @throws IllegalArgumentException unless the path starts with {@code /}
   */
  public AzureLoadBalancer healthProbeRequestPath(String path) {
    requirePath(path);
    return with(internal, AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH, path);
  }

  /**
   * The protocol of the probe for Service port {@code port}: {@code
   * service.beta.kubernetes.io/port_<port>_health-probe_protocol: <http|https|tcp>}.
   */
  public AzureLoadBalancer portProbeProtocol(int port, ProbeProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return with(internal, AzureLoadBalancerAnnotations.healthProbeProtocol(port),
        protocol.value());
  }

  /**
   * The port the probe for Service port {@code port} checks instead: {@code
   * service.beta.kubernetes.io/port_<port>_health-probe_port: "<probePort>"}, e.g. Istio's status
   * port 15021.
   *
   * @throws IllegalArgumentException unless both ports are 1 to 65535
   */
  public AzureLoadBalancer portProbePort(int port, int probePort) {
    if (probePort < 1 || probePort > 65535) {
      throw new IllegalArgumentException("probe port must be between 1 and 65535, inclusive: "
          + probePort);
    }
    return with(internal, AzureLoadBalancerAnnotations.healthProbePort(port),
        String.valueOf(probePort));
  }

  /**
   * The request path of the HTTP(S) probe for Service port {@code port}: {@code
   * service.beta.kubernetes.io/port_<port>_health-probe_request-path: <path>}.
   *
   * @throws IllegalArgumentException unless the path starts with {@code /}
   */
  public AzureLoadBalancer portProbeRequestPath(int port, String path) {
    requirePath(path);
    return with(internal, AzureLoadBalancerAnnotations.healthProbeRequestPath(port), path);
  }

  /**
   * No load-balancing rule and no probe for Service port {@code port}: {@code
   * service.beta.kubernetes.io/port_<port>_no_lb_rule: "true"}. Meant for ports that must not be
   * reachable from outside, such as Istio's status port 15021.
   */
  public AzureLoadBalancer noLoadBalancerRule(int port) {
    return with(internal, AzureLoadBalancerAnnotations.noLbRule(port), "true");
  }

  /**
   * No health probe for Service port {@code port} (the rule stays): {@code
   * service.beta.kubernetes.io/port_<port>_no_probe_rule: "true"}.
   */
  public AzureLoadBalancer noProbeRule(int port) {
    return with(internal, AzureLoadBalancerAnnotations.noProbeRule(port), "true");
  }

  /**
   * Only these source ranges may reach the load balancer: {@code
   * service.beta.kubernetes.io/azure-allowed-ip-ranges: <cidr>,<cidr>} (in the order given).
   *
   * @throws IllegalArgumentException if none is given or one is not an IPv4 or IPv6 CIDR
   */
  public AzureLoadBalancer allowedIpRanges(String... cidrs) {
    if (cidrs.length == 0) {
      throw new IllegalArgumentException("allowedIpRanges(): give at least one CIDR");
    }
    for (String cidr : cidrs) {
      if (cidr == null || !Addresses.isCidr(cidr)) {
        throw new IllegalArgumentException("allowedIpRanges: \"" + cidr + "\" is not a CIDR "
            + "such as 10.0.0.0/8 or 2001:db8::/32");
      }
    }
    return with(internal, AzureLoadBalancerAnnotations.ALLOWED_IP_RANGES,
        String.join(",", cidrs));
  }

  /**
   * Only traffic from these Azure service tags may reach the load balancer: {@code
   * service.beta.kubernetes.io/azure-allowed-service-tags: <tag>,<tag>}, e.g. {@code
   * AzureFrontDoor.Backend}.
   *
   * @throws IllegalArgumentException if none is given or a tag is not letters, digits and dots
   */
  public AzureLoadBalancer allowedServiceTags(String... tags) {
    if (tags.length == 0) {
      throw new IllegalArgumentException("allowedServiceTags(): give at least one service tag");
    }
    for (String tag : tags) {
      if (tag == null || !SERVICE_TAG.matcher(tag).matches()) {
        throw new IllegalArgumentException("allowedServiceTags: \"" + tag + "\" is not a "
            + "service tag such as AzureFrontDoor.Backend");
      }
    }
    return with(internal, AzureLoadBalancerAnnotations.ALLOWED_SERVICE_TAGS,
        String.join(",", tags));
  }

  private AzureLoadBalancer probeTotal(Integer interval, Integer count) {
    if (interval != null && count != null && interval * count >= MAX_PROBE_SECONDS) {
      throw new IllegalArgumentException("health probe interval " + interval + "s times count "
          + count + " must stay below " + MAX_PROBE_SECONDS + " seconds");
    }
    return this;
  }

  private Integer interval() {
    String value = annotations.get(AzureLoadBalancerAnnotations.HEALTH_PROBE_INTERVAL);
    return value == null ? null : Integer.valueOf(value);
  }

  private Integer count() {
    String value = annotations.get(AzureLoadBalancerAnnotations.HEALTH_PROBE_NUM_OF_PROBE);
    return value == null ? null : Integer.valueOf(value);
  }

  private void requirePublic(String option, String value) {
    requireText(value, option);
    if (internal) {
      throw new IllegalArgumentException(option + "(\"" + value + "\") configures a public IP, "
          + "but the load balancer is internal: start from AzureLoadBalancer.external()");
    }
  }

  private void requireNot(String other, String option) {
    if (annotations.containsKey(other)) {
      throw new IllegalArgumentException(option + ": the public IP is already chosen by "
          + other + "; choose it by name or by address, not both");
    }
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static void requirePath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("probe request path \"" + path + "\" must start with '/'");
    }
  }

  private AzureLoadBalancer with(boolean internal, String key, String value) {
    SortedMap<String, String> copy = new TreeMap<>(annotations);
    copy.put(key, value);
    return new AzureLoadBalancer(internal, copy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AzureLoadBalancer that && internal == that.internal
        && annotations.equals(that.annotations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(internal, annotations);
  }

  @Override
  public String toString() {
    return "AzureLoadBalancer" + annotations;
  }
}
