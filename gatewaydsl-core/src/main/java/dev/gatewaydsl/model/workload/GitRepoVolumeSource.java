package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code GitRepoVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#gitrepovolumesource-v1-core">GitRepoVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableGitRepoVolumeSource.class)
public interface GitRepoVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code repository}: string, required. */
  String repository();

  /** {@code revision}: string. */
  Optional<String> revision();

  /** {@code directory}: string. */
  Optional<String> directory();

  // End of generated fields.

  /** Returns an empty builder of {@code GitRepoVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GitRepoVolumeSource}. */
  final class Builder extends ImmutableGitRepoVolumeSource.Builder {}
}
