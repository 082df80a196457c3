package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code NetworkPolicyIngressRule}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicyingressrule-v1-networking-k8s-io">NetworkPolicyIngressRule in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNetworkPolicyIngressRule.class)
public interface NetworkPolicyIngressRule {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code ports}: a list of {@link NetworkPolicyPort}. */
  List<NetworkPolicyPort> ports();

  /** {@code from}: a list of {@link NetworkPolicyPeer}. */
  List<NetworkPolicyPeer> from();

  // End of generated fields.

  /** Returns an empty builder of {@code NetworkPolicyIngressRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyIngressRule}. */
  final class Builder extends ImmutableNetworkPolicyIngressRule.Builder {}
}
