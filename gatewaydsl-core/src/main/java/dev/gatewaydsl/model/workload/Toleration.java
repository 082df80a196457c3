package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code Toleration}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#toleration-v1-core">Toleration in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableToleration.class)
public interface Toleration {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code key}: string. */
  Optional<String> key();

  /** {@code operator}: string. */
  Optional<String> operator();

  /** {@code value}: string. */
  Optional<String> value();

  /** {@code effect}: string. */
  Optional<String> effect();

  /** {@code tolerationSeconds}: int64. */
  Optional<Long> tolerationSeconds();

  // End of generated fields.

  /** Returns an empty builder of {@code Toleration}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Toleration}. */
  final class Builder extends ImmutableToleration.Builder {}
}
