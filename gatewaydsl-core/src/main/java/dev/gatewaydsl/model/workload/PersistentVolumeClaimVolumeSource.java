package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PersistentVolumeClaimVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core">PersistentVolumeClaimVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePersistentVolumeClaimVolumeSource.class)
public interface PersistentVolumeClaimVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code claimName}: string, required. */
  String claimName();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code PersistentVolumeClaimVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistentVolumeClaimVolumeSource}. */
  final class Builder extends ImmutablePersistentVolumeClaimVolumeSource.Builder {}
}
