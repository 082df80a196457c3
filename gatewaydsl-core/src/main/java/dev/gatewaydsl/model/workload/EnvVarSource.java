package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code EnvVarSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#envvarsource-v1-core">EnvVarSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableEnvVarSource.class)
public interface EnvVarSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code fieldRef}: {@link ObjectFieldSelector}. */
  Optional<ObjectFieldSelector> fieldRef();

  /** {@code resourceFieldRef}: {@link ResourceFieldSelector}. */
  Optional<ResourceFieldSelector> resourceFieldRef();

  /** {@code configMapKeyRef}: {@link ConfigMapKeySelector}. */
  Optional<ConfigMapKeySelector> configMapKeyRef();

  /** {@code secretKeyRef}: {@link SecretKeySelector}. */
  Optional<SecretKeySelector> secretKeyRef();

  /** {@code fileKeyRef}: {@link FileKeySelector}. */
  Optional<FileKeySelector> fileKeyRef();

  // End of generated fields.

  /** Returns an empty builder of {@code EnvVarSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvVarSource}. */
  final class Builder extends ImmutableEnvVarSource.Builder {}
}
