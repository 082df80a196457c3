package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodAffinity}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinity-v1-core">PodAffinity in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodAffinity.class)
public interface PodAffinity {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code requiredDuringSchedulingIgnoredDuringExecution}: a list of {@link PodAffinityTerm}. */
  List<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution();

  /** {@code preferredDuringSchedulingIgnoredDuringExecution}: a list of {@link WeightedPodAffinityTerm}. */
  List<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution();

  // End of generated fields.

  /** Returns an empty builder of {@code PodAffinity}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodAffinity}. */
  final class Builder extends ImmutablePodAffinity.Builder {}
}
