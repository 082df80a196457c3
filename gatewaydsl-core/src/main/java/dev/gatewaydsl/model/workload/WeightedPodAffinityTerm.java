package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code WeightedPodAffinityTerm}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#weightedpodaffinityterm-v1-core">WeightedPodAffinityTerm in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableWeightedPodAffinityTerm.class)
public interface WeightedPodAffinityTerm {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code weight}: int32, required. */
  int weight();

  /** {@code podAffinityTerm}: {@link PodAffinityTerm}, required. */
  PodAffinityTerm podAffinityTerm();

  // End of generated fields.

  /** Returns an empty builder of {@code WeightedPodAffinityTerm}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WeightedPodAffinityTerm}. */
  final class Builder extends ImmutableWeightedPodAffinityTerm.Builder {}
}
