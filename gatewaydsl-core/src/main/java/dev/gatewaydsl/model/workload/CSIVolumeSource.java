package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code CSIVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core">CSIVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCSIVolumeSource.class)
public interface CSIVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code driver}: string, required. */
  String driver();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code volumeAttributes}: a map from string to string. */
  Map<String, String> volumeAttributes();

  /** {@code nodePublishSecretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> nodePublishSecretRef();

  // End of generated fields.

  /** Returns an empty builder of {@code CSIVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CSIVolumeSource}. */
  final class Builder extends ImmutableCSIVolumeSource.Builder {}
}
