package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code PodFailurePolicy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podfailurepolicy-v1-batch">PodFailurePolicy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodFailurePolicy.class)
public interface PodFailurePolicy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code rules}: a list of {@link PodFailurePolicyRule}, required. */
  List<PodFailurePolicyRule> rules();

  // End of generated fields.

  /** Returns an empty builder of {@code PodFailurePolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodFailurePolicy}. */
  final class Builder extends ImmutablePodFailurePolicy.Builder {}
}
