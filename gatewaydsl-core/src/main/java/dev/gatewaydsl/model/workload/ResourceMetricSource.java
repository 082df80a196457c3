package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code ResourceMetricSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#resourcemetricsource-v2-autoscaling">ResourceMetricSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableResourceMetricSource.class)
public interface ResourceMetricSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code target}: {@link MetricTarget}, required. */
  MetricTarget target();

  // End of generated fields.

  /** Returns an empty builder of {@code ResourceMetricSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResourceMetricSource}. */
  final class Builder extends ImmutableResourceMetricSource.Builder {}
}
