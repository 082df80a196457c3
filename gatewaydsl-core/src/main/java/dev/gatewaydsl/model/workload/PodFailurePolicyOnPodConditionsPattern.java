package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code PodFailurePolicyOnPodConditionsPattern}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podfailurepolicyonpodconditionspattern-v1-batch">PodFailurePolicyOnPodConditionsPattern in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodFailurePolicyOnPodConditionsPattern.class)
public interface PodFailurePolicyOnPodConditionsPattern {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string, required. */
  String type();

  /** {@code status}: string. */
  Optional<String> status();

  // End of generated fields.

  /** Returns an empty builder of {@code PodFailurePolicyOnPodConditionsPattern}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodFailurePolicyOnPodConditionsPattern}. */
  final class Builder extends ImmutablePodFailurePolicyOnPodConditionsPattern.Builder {}
}
