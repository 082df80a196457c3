package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code SuccessPolicyRule}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#successpolicyrule-v1-batch">SuccessPolicyRule in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSuccessPolicyRule.class)
public interface SuccessPolicyRule {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code succeededIndexes}: string. */
  Optional<String> succeededIndexes();

  /** {@code succeededCount}: int32. */
  Optional<Integer> succeededCount();

  // End of generated fields.

  /** Returns an empty builder of {@code SuccessPolicyRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SuccessPolicyRule}. */
  final class Builder extends ImmutableSuccessPolicyRule.Builder {}
}
