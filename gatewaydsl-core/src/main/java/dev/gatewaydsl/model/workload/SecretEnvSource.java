package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SecretEnvSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#secretenvsource-v1-core">SecretEnvSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSecretEnvSource.class)
public interface SecretEnvSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code optional}: boolean. */
  Optional<Boolean> optional();

  // End of generated fields.

  /** Returns an empty builder of {@code SecretEnvSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretEnvSource}. */
  final class Builder extends ImmutableSecretEnvSource.Builder {}
}
