package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code EphemeralVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#ephemeralvolumesource-v1-core">EphemeralVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableEphemeralVolumeSource.class)
public interface EphemeralVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumeClaimTemplate}: {@link PersistentVolumeClaimTemplate}. */
  Optional<PersistentVolumeClaimTemplate> volumeClaimTemplate();

  // End of generated fields.

  /** Returns an empty builder of {@code EphemeralVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EphemeralVolumeSource}. */
  final class Builder extends ImmutableEphemeralVolumeSource.Builder {}
}
