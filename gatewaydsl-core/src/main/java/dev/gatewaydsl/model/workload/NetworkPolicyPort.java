package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code NetworkPolicyPort}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicyport-v1-networking-k8s-io">NetworkPolicyPort in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNetworkPolicyPort.class)
public interface NetworkPolicyPort {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code protocol}: {@link Protocol}. */
  Optional<Protocol> protocol();

  /** {@code port}: {@link IntOrString}. */
  Optional<IntOrString> port();

  /** {@code endPort}: int32. */
  Optional<Integer> endPort();

  // End of generated fields.

  /** Returns an empty builder of {@code NetworkPolicyPort}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyPort}. */
  final class Builder extends ImmutableNetworkPolicyPort.Builder {}
}
