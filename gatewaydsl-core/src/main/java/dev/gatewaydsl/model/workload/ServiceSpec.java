package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** {@code Service.spec}: ports, the selector of the pods behind them, and the Service type. */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableServiceSpec.class)
public interface ServiceSpec extends Validatable {

  /** The values {@code type} may take. */
  List<String> TYPES = List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code ports}: a list of {@link ServicePort}. */
  List<ServicePort> ports();

  /** {@code selector}: a map from string to string. */
  Map<String, String> selector();

  /** {@code clusterIP}: string. */
  Optional<String> clusterIP();

  /** {@code clusterIPs}: a list of strings. */
  List<String> clusterIPs();

  /** {@code type}: string. */
  Optional<String> type();

  /** {@code externalIPs}: a list of strings. */
  List<String> externalIPs();

  /** {@code sessionAffinity}: string. */
  Optional<String> sessionAffinity();

  /** {@code loadBalancerIP}: string. */
  Optional<String> loadBalancerIP();

  /** {@code loadBalancerSourceRanges}: a list of strings. */
  List<String> loadBalancerSourceRanges();

  /** {@code externalName}: string. */
  Optional<String> externalName();

  /** {@code externalTrafficPolicy}: string. */
  Optional<String> externalTrafficPolicy();

  /** {@code healthCheckNodePort}: int32. */
  Optional<Integer> healthCheckNodePort();

  /** {@code publishNotReadyAddresses}: boolean. */
  Optional<Boolean> publishNotReadyAddresses();

  /** {@code sessionAffinityConfig}: {@link SessionAffinityConfig}. */
  Optional<SessionAffinityConfig> sessionAffinityConfig();

  /** {@code ipFamilies}: a list of strings. */
  List<String> ipFamilies();

  /** {@code ipFamilyPolicy}: string. */
  Optional<String> ipFamilyPolicy();

  /** {@code allocateLoadBalancerNodePorts}: boolean. */
  Optional<Boolean> allocateLoadBalancerNodePorts();

  /** {@code loadBalancerClass}: string. */
  Optional<String> loadBalancerClass();

  /** {@code internalTrafficPolicy}: string. */
  Optional<String> internalTrafficPolicy();

  /** {@code trafficDistribution}: string. */
  Optional<String> trafficDistribution();

  // End of generated fields.

  /** The values {@code externalTrafficPolicy} may take. */
  List<String> EXTERNAL_TRAFFIC_POLICIES = List.of("Cluster", "Local");
  /** The values {@code ipFamilyPolicy} may take. */
  List<String> IP_FAMILY_POLICIES = List.of("SingleStack", "PreferDualStack", "RequireDualStack");

  /** Returns an empty builder of {@code ServiceSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceSpec}. */
  final class Builder extends ImmutableServiceSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath at = path.child("ports");
    if (ports().isEmpty() && !type().filter("ExternalName"::equals).isPresent()) {
      violations.required(at, "");
    }
    Set<String> names = new HashSet<>();
    Set<String> endpoints = new HashSet<>();
    for (int i = 0; i < ports().size(); i++) {
      ServicePort port = ports().get(i);
      port.validate(at.index(i), violations);
      if (ports().size() > 1 && port.name().isEmpty()) {
        violations.required(at.index(i).child("name"), "");
      }
      FieldPath portPath = at.index(i);
      port.name().filter(n -> !names.add(n))
          .ifPresent(n -> violations.duplicate(portPath.child("name"), n));
      // core/v1 ValidateService: the type defaults to ClusterIP, which has no node ports
      if (type().orElse("ClusterIP").equals("ClusterIP")
          && port.nodePort().filter(p -> p != 0).isPresent()) {
        violations.forbidden(portPath.child("nodePort"),
            "may not be used when `type` is 'ClusterIP'");
      }
      String endpoint = port.port() + "/" + port.protocol().orElse(Protocol.TCP);
      if (!endpoints.add(endpoint)) {
        violations.duplicate(at.index(i), endpoint);
      }
    }
    selector().forEach((key, value) -> {
      Syntax.qualifiedName(key, path.child("selector"), violations);
      Syntax.labelValue(value, path.child("selector").key(key), violations);
    });
    type().filter(t -> !TYPES.contains(t))
        .ifPresent(t -> violations.notSupported(path.child("type"), t, TYPES));
    externalTrafficPolicy().filter(t -> !EXTERNAL_TRAFFIC_POLICIES.contains(t))
        .ifPresent(t -> violations.notSupported(path.child("externalTrafficPolicy"), t,
            EXTERNAL_TRAFFIC_POLICIES));
    ipFamilyPolicy().filter(t -> !IP_FAMILY_POLICIES.contains(t))
        .ifPresent(t -> violations.notSupported(path.child("ipFamilyPolicy"), t,
            IP_FAMILY_POLICIES));
  }
}
