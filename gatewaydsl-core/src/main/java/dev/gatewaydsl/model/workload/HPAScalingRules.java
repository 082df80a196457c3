package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code HPAScalingRules}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hpascalingrules-v2-autoscaling">HPAScalingRules in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHPAScalingRules.class)
public interface HPAScalingRules {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code stabilizationWindowSeconds}: int32. */
  Optional<Integer> stabilizationWindowSeconds();

  /** {@code selectPolicy}: string. */
  Optional<String> selectPolicy();

  /** {@code policies}: a list of {@link HPAScalingPolicy}. */
  List<HPAScalingPolicy> policies();

  /** {@code tolerance}: {@link Quantity}. */
  Optional<Quantity> tolerance();

  // End of generated fields.

  /** Returns an empty builder of {@code HPAScalingRules}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HPAScalingRules}. */
  final class Builder extends ImmutableHPAScalingRules.Builder {}
}
