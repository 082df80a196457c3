package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code NetworkPolicyPeer}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicypeer-v1-networking-k8s-io">NetworkPolicyPeer in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNetworkPolicyPeer.class)
public interface NetworkPolicyPeer {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code podSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> podSelector();

  /** {@code namespaceSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> namespaceSelector();

  /** {@code ipBlock}: {@link IPBlock}. */
  Optional<IPBlock> ipBlock();

  // End of generated fields.

  /** Returns an empty builder of {@code NetworkPolicyPeer}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyPeer}. */
  final class Builder extends ImmutableNetworkPolicyPeer.Builder {}
}
