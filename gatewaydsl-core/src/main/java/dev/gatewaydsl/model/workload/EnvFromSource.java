package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code EnvFromSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#envfromsource-v1-core">EnvFromSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableEnvFromSource.class)
public interface EnvFromSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code prefix}: string. */
  Optional<String> prefix();

  /** {@code configMapRef}: {@link ConfigMapEnvSource}. */
  Optional<ConfigMapEnvSource> configMapRef();

  /** {@code secretRef}: {@link SecretEnvSource}. */
  Optional<SecretEnvSource> secretRef();

  // End of generated fields.

  /** Returns an empty builder of {@code EnvFromSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvFromSource}. */
  final class Builder extends ImmutableEnvFromSource.Builder {}
}
