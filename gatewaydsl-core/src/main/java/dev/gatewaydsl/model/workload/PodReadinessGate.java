package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodReadinessGate}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podreadinessgate-v1-core">PodReadinessGate in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodReadinessGate.class)
public interface PodReadinessGate {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code conditionType}: string, required. */
  String conditionType();

  // End of generated fields.

  /** Returns an empty builder of {@code PodReadinessGate}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodReadinessGate}. */
  final class Builder extends ImmutablePodReadinessGate.Builder {}
}
