package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ResourceFieldSelector}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#resourcefieldselector-v1-core">ResourceFieldSelector in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableResourceFieldSelector.class)
public interface ResourceFieldSelector {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code containerName}: string. */
  Optional<String> containerName();

  /** {@code resource}: string, required. */
  String resource();

  /** {@code divisor}: {@link Quantity}. */
  Optional<Quantity> divisor();

  // End of generated fields.

  /** Returns an empty builder of {@code ResourceFieldSelector}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResourceFieldSelector}. */
  final class Builder extends ImmutableResourceFieldSelector.Builder {}
}
