package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code VolumeDevice}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#volumedevice-v1-core">VolumeDevice in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableVolumeDevice.class)
public interface VolumeDevice {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code devicePath}: string, required. */
  String devicePath();

  // End of generated fields.

  /** Returns an empty builder of {@code VolumeDevice}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VolumeDevice}. */
  final class Builder extends ImmutableVolumeDevice.Builder {}
}
