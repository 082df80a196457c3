package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code PodsMetricSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podsmetricsource-v2-autoscaling">PodsMetricSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodsMetricSource.class)
public interface PodsMetricSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code metric}: {@link MetricIdentifier}, required. */
  MetricIdentifier metric();

  /** {@code target}: {@link MetricTarget}, required. */
  MetricTarget target();

  // End of generated fields.

  /** Returns an empty builder of {@code PodsMetricSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodsMetricSource}. */
  final class Builder extends ImmutablePodsMetricSource.Builder {}
}
