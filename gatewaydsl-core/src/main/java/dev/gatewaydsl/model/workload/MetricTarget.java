package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code MetricTarget}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#metrictarget-v2-autoscaling">MetricTarget in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableMetricTarget.class)
public interface MetricTarget {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string, required. */
  String type();

  /** {@code value}: {@link Quantity}. */
  Optional<Quantity> value();

  /** {@code averageValue}: {@link Quantity}. */
  Optional<Quantity> averageValue();

  /** {@code averageUtilization}: int32. */
  Optional<Integer> averageUtilization();

  // End of generated fields.

  /** Returns an empty builder of {@code MetricTarget}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MetricTarget}. */
  final class Builder extends ImmutableMetricTarget.Builder {}
}
