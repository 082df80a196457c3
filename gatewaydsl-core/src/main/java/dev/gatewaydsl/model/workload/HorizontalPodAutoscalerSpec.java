package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code HorizontalPodAutoscalerSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#horizontalpodautoscalerspec-v2-autoscaling">HorizontalPodAutoscalerSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHorizontalPodAutoscalerSpec.class)
public interface HorizontalPodAutoscalerSpec {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code scaleTargetRef}: {@link CrossVersionObjectReference}, required. */
  CrossVersionObjectReference scaleTargetRef();

  /** {@code minReplicas}: int32. */
  Optional<Integer> minReplicas();

  /** {@code maxReplicas}: int32, required. */
  int maxReplicas();

  /** {@code metrics}: a list of {@link MetricSpec}. */
  List<MetricSpec> metrics();

  /** {@code behavior}: {@link HorizontalPodAutoscalerBehavior}. */
  Optional<HorizontalPodAutoscalerBehavior> behavior();

  // End of generated fields.

  /** Returns an empty builder of {@code HorizontalPodAutoscalerSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HorizontalPodAutoscalerSpec}. */
  final class Builder extends ImmutableHorizontalPodAutoscalerSpec.Builder {}
}
