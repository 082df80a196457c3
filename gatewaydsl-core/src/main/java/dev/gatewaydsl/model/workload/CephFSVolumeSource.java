package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code CephFSVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#cephfsvolumesource-v1-core">CephFSVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCephFSVolumeSource.class)
public interface CephFSVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code monitors}: a list of strings, required. */
  List<String> monitors();

  /** {@code path}: string. */
  Optional<String> path();

  /** {@code user}: string. */
  Optional<String> user();

  /** {@code secretFile}: string. */
  Optional<String> secretFile();

  /** {@code secretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> secretRef();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code CephFSVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CephFSVolumeSource}. */
  final class Builder extends ImmutableCephFSVolumeSource.Builder {}
}
