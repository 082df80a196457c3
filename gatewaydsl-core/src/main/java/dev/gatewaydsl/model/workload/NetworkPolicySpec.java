package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code NetworkPolicySpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicyspec-v1-networking-k8s-io">NetworkPolicySpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNetworkPolicySpec.class)
public interface NetworkPolicySpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code podSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> podSelector();

  /** {@code ingress}: a list of {@link NetworkPolicyIngressRule}. */
  List<NetworkPolicyIngressRule> ingress();

  /** {@code egress}: a list of {@link NetworkPolicyEgressRule}. */
  List<NetworkPolicyEgressRule> egress();

  /** {@code policyTypes}: a list of strings. */
  List<String> policyTypes();

  // End of generated fields.

  /** Returns an empty builder of {@code NetworkPolicySpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicySpec}. */
  final class Builder extends ImmutableNetworkPolicySpec.Builder {}

  /** The values {@code policyTypes} may hold. */
  List<String> POLICY_TYPES = List.of("Ingress", "Egress");

  /**
   * As networking/v1 {@code ValidateNetworkPolicySpec}: selectors, ports in range (a named port
   * has no {@code endPort}), each peer exactly one kind of peer, at most the two policy types.
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    podSelector().ifPresent(s -> s.validate(path.child("podSelector"), violations));
    for (int i = 0; i < ingress().size(); i++) {
      FieldPath rule = path.child("ingress").index(i);
      for (int j = 0; j < ingress().get(i).ports().size(); j++) {
        port(ingress().get(i).ports().get(j), rule.child("ports").index(j), violations);
      }
      for (int j = 0; j < ingress().get(i).from().size(); j++) {
        peer(ingress().get(i).from().get(j), rule.child("from").index(j), violations);
      }
    }
    for (int i = 0; i < egress().size(); i++) {
      FieldPath rule = path.child("egress").index(i);
      for (int j = 0; j < egress().get(i).ports().size(); j++) {
        port(egress().get(i).ports().get(j), rule.child("ports").index(j), violations);
      }
      for (int j = 0; j < egress().get(i).to().size(); j++) {
        peer(egress().get(i).to().get(j), rule.child("to").index(j), violations);
      }
    }
    FieldPath types = path.child("policyTypes");
    if (policyTypes().size() > POLICY_TYPES.size()) {
      violations.invalid(types, Violation.unquoted(policyTypes().stream().map(Violation::quote)
          .collect(Collectors.joining(", ", "[]networking.PolicyType{", "}"))),
          "may not specify more than two policyTypes");
      return;
    }
    for (int i = 0; i < policyTypes().size(); i++) {
      if (!POLICY_TYPES.contains(policyTypes().get(i))) {
        violations.notSupported(types.index(i), policyTypes().get(i), POLICY_TYPES);
      }
    }
  }

  private static void port(NetworkPolicyPort port, FieldPath path, Violations violations) {
    FieldPath endPort = path.child("endPort");
    if (port.port().isEmpty()) {
      port.endPort().ifPresent(e -> violations.invalid(endPort, e,
          "may not be specified when `port` is not specified"));
    } else if (port.port().get().isInt()) {
      int number = port.port().get().intValue();
      Syntax.port(number, path.child("port"), violations);
      port.endPort().ifPresent(e -> {
        if (e < number) { // the API server shows the port here
          violations.invalid(endPort, number, "must be greater than or equal to `port`");
        }
        Syntax.port(e, endPort, violations);
      });
    } else {
      port.endPort().ifPresent(e -> violations.invalid(endPort, e,
          "may not be specified when `port` is non-numeric"));
      Syntax.portName(port.port().get().stringValue(), path.child("port"), violations);
    }
  }

  private static void peer(NetworkPolicyPeer peer, FieldPath path, Violations violations) {
    peer.podSelector().ifPresent(s -> s.validate(path.child("podSelector"), violations));
    peer.namespaceSelector().ifPresent(s ->
        s.validate(path.child("namespaceSelector"), violations));
    peer.ipBlock().filter(b -> b.cidr().isEmpty()).ifPresent(b ->
        violations.required(path.child("ipBlock").child("cidr"), ""));
    long peers = Stream.of(peer.podSelector(), peer.namespaceSelector(), peer.ipBlock())
        .filter(Optional::isPresent).count();
    if (peers == 0) {
      violations.required(path, "must specify a peer");
    } else if (peers > 1 && peer.ipBlock().isPresent()) {
      violations.forbidden(path, "may not specify both ipBlock and another peer");
    }
  }
}
