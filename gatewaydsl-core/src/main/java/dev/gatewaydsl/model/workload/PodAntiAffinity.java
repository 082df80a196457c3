package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodAntiAffinity}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core">PodAntiAffinity in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodAntiAffinity.class)
public interface PodAntiAffinity {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code requiredDuringSchedulingIgnoredDuringExecution}: a list of {@link PodAffinityTerm}. */
  List<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution();

  /** {@code preferredDuringSchedulingIgnoredDuringExecution}: a list of {@link WeightedPodAffinityTerm}. */
  List<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution();

  // End of generated fields.

  /** Returns an empty builder of {@code PodAntiAffinity}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodAntiAffinity}. */
  final class Builder extends ImmutablePodAntiAffinity.Builder {}
}
