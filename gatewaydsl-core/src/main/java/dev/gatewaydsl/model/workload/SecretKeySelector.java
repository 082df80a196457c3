package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SecretKeySelector}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#secretkeyselector-v1-core">SecretKeySelector in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSecretKeySelector.class)
public interface SecretKeySelector {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code key}: string, required. */
  String key();

  /** {@code optional}: boolean. */
  Optional<Boolean> optional();

  // End of generated fields.

  /** Returns an empty builder of {@code SecretKeySelector}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretKeySelector}. */
  final class Builder extends ImmutableSecretKeySelector.Builder {}
}
