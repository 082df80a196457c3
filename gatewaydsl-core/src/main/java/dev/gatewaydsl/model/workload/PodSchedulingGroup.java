package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodSchedulingGroup}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podschedulinggroup-v1-core">PodSchedulingGroup in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodSchedulingGroup.class)
public interface PodSchedulingGroup {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code podGroupName}: string. */
  Optional<String> podGroupName();

  // End of generated fields.

  /** Returns an empty builder of {@code PodSchedulingGroup}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodSchedulingGroup}. */
  final class Builder extends ImmutablePodSchedulingGroup.Builder {}
}
