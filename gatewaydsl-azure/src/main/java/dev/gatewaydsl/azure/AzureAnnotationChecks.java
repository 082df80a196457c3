package dev.gatewaydsl.azure;

import static dev.gatewaydsl.azure.AzureLoadBalancerAnnotations.PortSetting;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the Azure load balancer annotations that will land on a gateway's generated Service:
 * value forms and bounds as cloud-provider-azure reads them, combinations that contradict each
 * other, and per-port settings against the Service's ports (the status port and the listener
 * ports). Not API: {@link AksIstio} runs it.
 */
final class AzureAnnotationChecks {

  private static final List<String> BOOLEANS = List.of("true", "false");
  private static final List<String> PROTOCOLS = List.of("http", "https", "tcp");

  private final Map<String, String> annotations;
  private final FieldPath at;
  /** The generated Service's ports, by number, with their names (status port first). */
  private final Map<Integer, GatewayPorts.Port> ports;
  private final Violations violations;

  private AzureAnnotationChecks(Map<String, String> annotations, FieldPath at,
      Map<Integer, GatewayPorts.Port> ports, Violations violations) {
    this.annotations = annotations;
    this.at = at;
    this.ports = ports;
    this.violations = violations;
  }

  /**
   * Adds every problem of {@code annotations} (found at {@code at}, e.g. {@code
   * metadata.annotations}) for a Service with {@code ports}.
   */
  static void check(Map<String, String> annotations, FieldPath at,
      Map<Integer, GatewayPorts.Port> ports, Violations violations) {
    new AzureAnnotationChecks(annotations, at, ports, violations).run();
  }

  private void run() {
    boolean internal = oneOf(AzureLoadBalancerAnnotations.INTERNAL, BOOLEANS)
        .map("true"::equals).orElse(false);
    if (annotations.containsKey(AzureLoadBalancerAnnotations.INTERNAL_SUBNET) && !internal) {
      forbidden(AzureLoadBalancerAnnotations.INTERNAL_SUBNET, "needs "
          + AzureLoadBalancerAnnotations.INTERNAL + ": \"true\"; without it the load balancer "
          + "is public and the subnet is ignored");
    }
    if (internal) {
      for (String key : List.of(AzureLoadBalancerAnnotations.PIP_NAME,
          AzureLoadBalancerAnnotations.RESOURCE_GROUP,
          AzureLoadBalancerAnnotations.DNS_LABEL_NAME)) {
        if (annotations.containsKey(key)) {
          forbidden(key, "configures a public IP, but " + AzureLoadBalancerAnnotations.INTERNAL
              + " is \"true\"");
        }
      }
    }
    if (annotations.containsKey(AzureLoadBalancerAnnotations.PIP_NAME)
        && annotations.containsKey(AzureLoadBalancerAnnotations.IPV4)) {
      forbidden(AzureLoadBalancerAnnotations.IPV4, "the public IP is already chosen by "
          + AzureLoadBalancerAnnotations.PIP_NAME + "; choose it by name or by address, not both");
    }
    value(AzureLoadBalancerAnnotations.IPV4).filter(v -> !Addresses.isIPv4(v))
        .ifPresent(v -> invalid(AzureLoadBalancerAnnotations.IPV4, v,
            "must be an IPv4 address such as 20.50.60.70"));
    whole(AzureLoadBalancerAnnotations.TCP_IDLE_TIMEOUT, AzureLoadBalancer.MIN_IDLE_TIMEOUT,
        AzureLoadBalancer.MAX_IDLE_TIMEOUT, "minutes");
    Optional<Integer> interval = whole(AzureLoadBalancerAnnotations.HEALTH_PROBE_INTERVAL,
        AzureLoadBalancer.MIN_PROBE_INTERVAL, Integer.MAX_VALUE, "seconds");
    Optional<Integer> count = whole(AzureLoadBalancerAnnotations.HEALTH_PROBE_NUM_OF_PROBE,
        AzureLoadBalancer.MIN_PROBE_COUNT, Integer.MAX_VALUE, "probes");
    if (interval.isPresent() && count.isPresent()
        && interval.get() * count.get() >= AzureLoadBalancer.MAX_PROBE_SECONDS) {
      invalid(AzureLoadBalancerAnnotations.HEALTH_PROBE_INTERVAL, interval.get().toString(),
          "interval times " + AzureLoadBalancerAnnotations.HEALTH_PROBE_NUM_OF_PROBE + " ("
              + interval.get() + " x " + count.get() + ") must stay below "
              + AzureLoadBalancer.MAX_PROBE_SECONDS + " seconds");
    }
    path(AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH);
    value(AzureLoadBalancerAnnotations.ALLOWED_IP_RANGES).ifPresent(v -> {
      if (!Arrays.stream(v.split(",", -1)).map(String::trim).allMatch(Addresses::isCidr)) {
        invalid(AzureLoadBalancerAnnotations.ALLOWED_IP_RANGES, v,
            "must be comma-separated CIDRs such as 10.0.0.0/8");
      }
    });
    value(AzureLoadBalancerAnnotations.ALLOWED_SERVICE_TAGS).ifPresent(v -> {
      if (!Arrays.stream(v.split(",", -1)).map(String::trim)
          .allMatch(t -> t.matches("[A-Za-z][A-Za-z0-9.]*"))) {
        invalid(AzureLoadBalancerAnnotations.ALLOWED_SERVICE_TAGS, v,
            "must be comma-separated service tags such as AzureFrontDoor.Backend");
      }
    });
    annotations.keySet().stream().sorted().forEach(this::perPort);
    for (GatewayPorts.Port port : ports.values()) {
      statusPortProbe(port);
    }
  }

  private void perPort(String key) {
    Optional<AzureLoadBalancerAnnotations.PortKey> parsed =
        AzureLoadBalancerAnnotations.parsePerPort(key);
    if (parsed.isEmpty()) {
      return;
    }
    AzureLoadBalancerAnnotations.PortKey portKey = parsed.get();
    String value = annotations.get(key);
    if (portKey.setting().isEmpty()) {
      invalid(key, value, "unknown per-port setting \"" + portKey.suffix() + "\"; the Azure "
          + "cloud provider reads " + Arrays.stream(PortSetting.values()).map(s -> s.suffix)
          .collect(Collectors.joining(", ")));
      return;
    }
    if (!ports.containsKey(portKey.port())) {
      invalid(key, value, "port " + portKey.port() + " is not a port of the generated Service "
          + "(ports " + ports.keySet().stream().map(String::valueOf)
          .collect(Collectors.joining(", ")) + ")");
      return;
    }
    GatewayPorts.Port port = ports.get(portKey.port());
    switch (portKey.setting().get()) {
      case HEALTH_PROBE_PROTOCOL -> {
        if (!PROTOCOLS.contains(value.trim().toLowerCase(Locale.ROOT))) {
          violations.notSupported(at.key(key), value, PROTOCOLS);
        }
      }
      case HEALTH_PROBE_PORT -> probePort(key, value);
      case HEALTH_PROBE_REQUEST_PATH -> path(key);
      case HEALTH_PROBE_INTERVAL -> whole(key, AzureLoadBalancer.MIN_PROBE_INTERVAL,
          Integer.MAX_VALUE, "seconds");
      case HEALTH_PROBE_NUM_OF_PROBE -> whole(key, AzureLoadBalancer.MIN_PROBE_COUNT,
          Integer.MAX_VALUE, "probes");
      case NO_PROBE_RULE -> oneOf(key, BOOLEANS);
      case NO_LB_RULE -> {
        if (oneOf(key, BOOLEANS).filter("true"::equals).isPresent() && port.listener()) {
          forbidden(key, "port " + port.number() + " is a listener port; without a "
              + "load-balancing rule it is not exposed");
        }
      }
    }
  }

  private void probePort(String key, String value) {
    Optional<GatewayPorts.Port> target = resolve(value);
    if (target.isPresent()) {
      return;
    }
    if (value.matches("[0-9]{1,5}")) {
      invalid(key, value, "probe port " + value + " is served by no listener and is not the "
          + "status port " + AksIstio.STATUS_PORT + "; probe the status port or a listener port");
    } else {
      invalid(key, value, "not a port number or the name of a port of the generated Service ("
          + ports.values().stream().map(p -> "\"" + p.name() + "\"")
          .collect(Collectors.joining(", ")) + ")");
    }
  }

  /** The Service port a probe-port value names, by number or (case-insensitively) by name. */
  private Optional<GatewayPorts.Port> resolve(String value) {
    if (value.matches("[0-9]{1,5}")) {
      return Optional.ofNullable(ports.get(Integer.parseInt(value)));
    }
    return ports.values().stream().filter(p -> p.name().equalsIgnoreCase(value)).findFirst();
  }

  /**
   * A probe sent to the status port must be plain HTTP (or TCP) on {@value
   * AksIstio#READINESS_PATH}: the protocol is the per-port one, else the port's {@code
   * appProtocol}; the path the per-port one, else the global one, else {@code /}.
   */
  private void statusPortProbe(GatewayPorts.Port port) {
    String portKey = AzureLoadBalancerAnnotations.healthProbePort(port.number());
    if (port.number() == AksIstio.STATUS_PORT || value(portKey).flatMap(this::resolve)
        .filter(p -> p.number() == AksIstio.STATUS_PORT).isEmpty()) {
      return;
    }
    String protocolKey = AzureLoadBalancerAnnotations.healthProbeProtocol(port.number());
    String protocol = value(protocolKey).map(v -> v.trim().toLowerCase(Locale.ROOT))
        .orElse(port.appProtocol());
    if (protocol.equals("https")) {
      invalid(annotations.containsKey(protocolKey) ? protocolKey : portKey,
          annotations.getOrDefault(protocolKey, annotations.get(portKey)), "the status port "
              + AksIstio.STATUS_PORT + " serves plain HTTP; probe it with http or tcp");
      return;
    }
    if (!protocol.equals("http")) {
      return;
    }
    String pathKey = AzureLoadBalancerAnnotations.healthProbeRequestPath(port.number());
    String blamed = annotations.containsKey(pathKey) ? pathKey
        : annotations.containsKey(AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH)
            ? AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH : portKey;
    String path = blamed.equals(portKey) ? "/" : annotations.get(blamed);
    if (!path.equals(AksIstio.READINESS_PATH)) {
      invalid(blamed, annotations.get(blamed), "port " + port.number() + " is probed over http "
          + "on the status port " + AksIstio.STATUS_PORT + ", which answers on "
          + AksIstio.READINESS_PATH + (blamed.equals(portKey) ? "; set " + pathKey + " or "
              + AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH : ", not on " + path));
    }
  }

  private Optional<String> value(String key) {
    return Optional.ofNullable(annotations.get(key));
  }

  private Optional<String> oneOf(String key, List<String> supported) {
    Optional<String> value = value(key);
    if (value.isPresent() && !supported.contains(value.get())) {
      violations.notSupported(at.key(key), value.get(), supported);
      return Optional.empty();
    }
    return value;
  }

  private Optional<Integer> whole(String key, int min, int max, String unit) {
    Optional<String> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    String bounds = max == Integer.MAX_VALUE ? "at least " + min
        : "between " + min + " and " + max;
    if (!text.matches("-?[0-9]{1,9}")
        || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
      invalid(key, text, "must be a whole number of " + unit + ", " + bounds);
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private void path(String key) {
    value(key).filter(p -> !p.startsWith("/"))
        .ifPresent(p -> invalid(key, p, "must start with '/'"));
  }

  private void invalid(String key, String value, String detail) {
    violations.invalid(at.key(key), value, detail);
  }

  private void forbidden(String key, String detail) {
    violations.add(new Violation(Violation.Type.FORBIDDEN, at.key(key), null, detail));
  }
}
