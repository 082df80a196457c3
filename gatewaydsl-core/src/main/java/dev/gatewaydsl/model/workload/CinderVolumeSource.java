package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code CinderVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#cindervolumesource-v1-core">CinderVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCinderVolumeSource.class)
public interface CinderVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumeID}: string, required. */
  String volumeID();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code secretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> secretRef();

  // End of generated fields.

  /** Returns an empty builder of {@code CinderVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CinderVolumeSource}. */
  final class Builder extends ImmutableCinderVolumeSource.Builder {}
}
