package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code StorageOSVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#storageosvolumesource-v1-core">StorageOSVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableStorageOSVolumeSource.class)
public interface StorageOSVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumeName}: string. */
  Optional<String> volumeName();

  /** {@code volumeNamespace}: string. */
  Optional<String> volumeNamespace();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code secretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> secretRef();

  // End of generated fields.

  /** Returns an empty builder of {@code StorageOSVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StorageOSVolumeSource}. */
  final class Builder extends ImmutableStorageOSVolumeSource.Builder {}
}
