package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code SuccessPolicy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#successpolicy-v1-batch">SuccessPolicy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSuccessPolicy.class)
public interface SuccessPolicy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code rules}: a list of {@link SuccessPolicyRule}, required. */
  List<SuccessPolicyRule> rules();

  // End of generated fields.

  /** Returns an empty builder of {@code SuccessPolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SuccessPolicy}. */
  final class Builder extends ImmutableSuccessPolicy.Builder {}
}
