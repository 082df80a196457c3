package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PhotonPersistentDiskVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#photonpersistentdiskvolumesource-v1-core">PhotonPersistentDiskVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePhotonPersistentDiskVolumeSource.class)
public interface PhotonPersistentDiskVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code pdID}: string, required. */
  String pdID();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  // End of generated fields.

  /** Returns an empty builder of {@code PhotonPersistentDiskVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PhotonPersistentDiskVolumeSource}. */
  final class Builder extends ImmutablePhotonPersistentDiskVolumeSource.Builder {}
}
