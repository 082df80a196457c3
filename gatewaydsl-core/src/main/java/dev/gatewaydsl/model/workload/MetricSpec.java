package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code MetricSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#metricspec-v2-autoscaling">MetricSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableMetricSpec.class)
public interface MetricSpec {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string, required. */
  String type();

  /** {@code object}: {@link ObjectMetricSource}. */
  Optional<ObjectMetricSource> object();

  /** {@code pods}: {@link PodsMetricSource}. */
  Optional<PodsMetricSource> pods();

  /** {@code resource}: {@link ResourceMetricSource}. */
  Optional<ResourceMetricSource> resource();

  /** {@code containerResource}: {@link ContainerResourceMetricSource}. */
  Optional<ContainerResourceMetricSource> containerResource();

  /** {@code external}: {@link ExternalMetricSource}. */
  Optional<ExternalMetricSource> external();

  // End of generated fields.

  /** Returns an empty builder of {@code MetricSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MetricSpec}. */
  final class Builder extends ImmutableMetricSpec.Builder {}
}
