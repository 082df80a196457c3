package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code NetworkPolicyEgressRule}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicyegressrule-v1-networking-k8s-io">NetworkPolicyEgressRule in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNetworkPolicyEgressRule.class)
public interface NetworkPolicyEgressRule {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code ports}: a list of {@link NetworkPolicyPort}. */
  List<NetworkPolicyPort> ports();

  /** {@code to}: a list of {@link NetworkPolicyPeer}. */
  List<NetworkPolicyPeer> to();

  // End of generated fields.

  /** Returns an empty builder of {@code NetworkPolicyEgressRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyEgressRule}. */
  final class Builder extends ImmutableNetworkPolicyEgressRule.Builder {}
}
