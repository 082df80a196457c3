package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
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
@K8sStyle
@JsonDeserialize(as = ImmutableServiceSpec.class)
public interface ServiceSpec extends WithServiceSpec, Validatable {

  /** The values {@code type} may take. */
  List<String> TYPES = List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");

  /** {@code ports}: at least one; names required and unique when there are several. */
  List<ServicePort> ports();

  /** {@code selector}: the labels of the pods that receive the traffic. */
  Map<String, String> selector();

  /** {@code type}: unset means {@code ClusterIP}. */
  Optional<String> type();

  /**
   * {@code loadBalancerIP}: the IP a {@code LoadBalancer} Service asks for. Deprecated upstream;
   * cloud providers read annotations instead, but Istio still sets it from a Gateway's {@code
   * spec.addresses}.
   */
  Optional<String> loadBalancerIP();

  /** The values {@code externalTrafficPolicy} may take. */
  List<String> EXTERNAL_TRAFFIC_POLICIES = List.of("Cluster", "Local");
  /** The values {@code ipFamilyPolicy} may take. */
  List<String> IP_FAMILY_POLICIES = List.of("SingleStack", "PreferDualStack", "RequireDualStack");

  /**
   * {@code externalTrafficPolicy}: {@code Local} keeps the client's source IP and sends external
   * traffic only to nodes with a ready endpoint; unset means {@code Cluster}.
   */
  Optional<String> externalTrafficPolicy();

  /** {@code ipFamilyPolicy}: {@code SingleStack}, {@code PreferDualStack} or {@code RequireDualStack}. */
  Optional<String> ipFamilyPolicy();

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
