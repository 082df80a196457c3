package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodOS}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podos-v1-core">PodOS in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodOS.class)
public interface PodOS {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  // End of generated fields.

  /** Returns an empty builder of {@code PodOS}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodOS}. */
  final class Builder extends ImmutablePodOS.Builder {}
}
