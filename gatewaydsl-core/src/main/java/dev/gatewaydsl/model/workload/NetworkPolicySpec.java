package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code NetworkPolicySpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicyspec-v1-networking-k8s-io">NetworkPolicySpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNetworkPolicySpec.class)
public interface NetworkPolicySpec {

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
}
