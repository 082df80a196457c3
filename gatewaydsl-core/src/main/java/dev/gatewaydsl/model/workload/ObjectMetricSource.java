package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code ObjectMetricSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#objectmetricsource-v2-autoscaling">ObjectMetricSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableObjectMetricSource.class)
public interface ObjectMetricSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code describedObject}: {@link CrossVersionObjectReference}, required. */
  CrossVersionObjectReference describedObject();

  /** {@code target}: {@link MetricTarget}, required. */
  MetricTarget target();

  /** {@code metric}: {@link MetricIdentifier}, required. */
  MetricIdentifier metric();

  // End of generated fields.

  /** Returns an empty builder of {@code ObjectMetricSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectMetricSource}. */
  final class Builder extends ImmutableObjectMetricSource.Builder {}
}
