package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code VsphereVirtualDiskVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#vspherevirtualdiskvolumesource-v1-core">VsphereVirtualDiskVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableVsphereVirtualDiskVolumeSource.class)
public interface VsphereVirtualDiskVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumePath}: string, required. */
  String volumePath();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code storagePolicyName}: string. */
  Optional<String> storagePolicyName();

  /** {@code storagePolicyID}: string. */
  Optional<String> storagePolicyID();

  // End of generated fields.

  /** Returns an empty builder of {@code VsphereVirtualDiskVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VsphereVirtualDiskVolumeSource}. */
  final class Builder extends ImmutableVsphereVirtualDiskVolumeSource.Builder {}
}
