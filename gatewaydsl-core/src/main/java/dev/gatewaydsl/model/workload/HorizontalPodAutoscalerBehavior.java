package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code HorizontalPodAutoscalerBehavior}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#horizontalpodautoscalerbehavior-v2-autoscaling">HorizontalPodAutoscalerBehavior in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHorizontalPodAutoscalerBehavior.class)
public interface HorizontalPodAutoscalerBehavior {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code scaleUp}: {@link HPAScalingRules}. */
  Optional<HPAScalingRules> scaleUp();

  /** {@code scaleDown}: {@link HPAScalingRules}. */
  Optional<HPAScalingRules> scaleDown();

  // End of generated fields.

  /** Returns an empty builder of {@code HorizontalPodAutoscalerBehavior}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HorizontalPodAutoscalerBehavior}. */
  final class Builder extends ImmutableHorizontalPodAutoscalerBehavior.Builder {}
}
