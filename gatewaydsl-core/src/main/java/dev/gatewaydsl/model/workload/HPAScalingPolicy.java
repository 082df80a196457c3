package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code HPAScalingPolicy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hpascalingpolicy-v2-autoscaling">HPAScalingPolicy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHPAScalingPolicy.class)
public interface HPAScalingPolicy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string, required. */
  String type();

  /** {@code value}: int32, required. */
  int value();

  /** {@code periodSeconds}: int32, required. */
  int periodSeconds();

  // End of generated fields.

  /** Returns an empty builder of {@code HPAScalingPolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HPAScalingPolicy}. */
  final class Builder extends ImmutableHPAScalingPolicy.Builder {}
}
