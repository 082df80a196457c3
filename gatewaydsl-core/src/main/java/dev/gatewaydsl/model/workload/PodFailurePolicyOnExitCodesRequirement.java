package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code PodFailurePolicyOnExitCodesRequirement}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podfailurepolicyonexitcodesrequirement-v1-batch">PodFailurePolicyOnExitCodesRequirement in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodFailurePolicyOnExitCodesRequirement.class)
public interface PodFailurePolicyOnExitCodesRequirement {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code containerName}: string. */
  Optional<String> containerName();

  /** {@code operator}: string, required. */
  String operator();

  /** {@code values}: a list of int32s, required. */
  List<Integer> values();

  // End of generated fields.

  /** Returns an empty builder of {@code PodFailurePolicyOnExitCodesRequirement}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodFailurePolicyOnExitCodesRequirement}. */
  final class Builder extends ImmutablePodFailurePolicyOnExitCodesRequirement.Builder {}
}
