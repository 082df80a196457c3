package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code PodFailurePolicyRule}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podfailurepolicyrule-v1-batch">PodFailurePolicyRule in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodFailurePolicyRule.class)
public interface PodFailurePolicyRule {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code action}: string, required. */
  String action();

  /** {@code onExitCodes}: {@link PodFailurePolicyOnExitCodesRequirement}. */
  Optional<PodFailurePolicyOnExitCodesRequirement> onExitCodes();

  /** {@code onPodConditions}: a list of {@link PodFailurePolicyOnPodConditionsPattern}. */
  List<PodFailurePolicyOnPodConditionsPattern> onPodConditions();

  // End of generated fields.

  /** Returns an empty builder of {@code PodFailurePolicyRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodFailurePolicyRule}. */
  final class Builder extends ImmutablePodFailurePolicyRule.Builder {}
}
