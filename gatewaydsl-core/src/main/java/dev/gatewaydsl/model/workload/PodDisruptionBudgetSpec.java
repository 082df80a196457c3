package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code policy/v1} {@code PodDisruptionBudgetSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#poddisruptionbudgetspec-v1-policy">PodDisruptionBudgetSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodDisruptionBudgetSpec.class)
public interface PodDisruptionBudgetSpec {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code minAvailable}: {@link IntOrString}. */
  Optional<IntOrString> minAvailable();

  /** {@code selector}: {@link LabelSelector}. */
  Optional<LabelSelector> selector();

  /** {@code maxUnavailable}: {@link IntOrString}. */
  Optional<IntOrString> maxUnavailable();

  /** {@code unhealthyPodEvictionPolicy}: string. */
  Optional<String> unhealthyPodEvictionPolicy();

  // End of generated fields.

  /** Returns an empty builder of {@code PodDisruptionBudgetSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodDisruptionBudgetSpec}. */
  final class Builder extends ImmutablePodDisruptionBudgetSpec.Builder {}
}
