package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ISCSIVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#iscsivolumesource-v1-core">ISCSIVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableISCSIVolumeSource.class)
public interface ISCSIVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code targetPortal}: string, required. */
  String targetPortal();

  /** {@code iqn}: string, required. */
  String iqn();

  /** {@code lun}: int32, required. */
  int lun();

  /** {@code iscsiInterface}: string. */
  Optional<String> iscsiInterface();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code portals}: a list of strings. */
  List<String> portals();

  /** {@code chapAuthDiscovery}: boolean. */
  Optional<Boolean> chapAuthDiscovery();

  /** {@code chapAuthSession}: boolean. */
  Optional<Boolean> chapAuthSession();

  /** {@code secretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> secretRef();

  /** {@code initiatorName}: string. */
  Optional<String> initiatorName();

  // End of generated fields.

  /** Returns an empty builder of {@code ISCSIVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ISCSIVolumeSource}. */
  final class Builder extends ImmutableISCSIVolumeSource.Builder {}
}
