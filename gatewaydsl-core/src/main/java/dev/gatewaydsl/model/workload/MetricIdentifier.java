package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code MetricIdentifier}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#metricidentifier-v2-autoscaling">MetricIdentifier in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableMetricIdentifier.class)
public interface MetricIdentifier {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code selector}: {@link LabelSelector}. */
  Optional<LabelSelector> selector();

  // End of generated fields.

  /** Returns an empty builder of {@code MetricIdentifier}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MetricIdentifier}. */
  final class Builder extends ImmutableMetricIdentifier.Builder {}
}
