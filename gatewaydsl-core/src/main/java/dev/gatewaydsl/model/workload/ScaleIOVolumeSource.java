package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ScaleIOVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#scaleiovolumesource-v1-core">ScaleIOVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableScaleIOVolumeSource.class)
public interface ScaleIOVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code gateway}: string, required. */
  String gateway();

  /** {@code system}: string, required. */
  String system();

  /** {@code secretRef}: {@link LocalObjectReference}, required. */
  LocalObjectReference secretRef();

  /** {@code sslEnabled}: boolean. */
  Optional<Boolean> sslEnabled();

  /** {@code protectionDomain}: string. */
  Optional<String> protectionDomain();

  /** {@code storagePool}: string. */
  Optional<String> storagePool();

  /** {@code storageMode}: string. */
  Optional<String> storageMode();

  /** {@code volumeName}: string. */
  Optional<String> volumeName();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code ScaleIOVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScaleIOVolumeSource}. */
  final class Builder extends ImmutableScaleIOVolumeSource.Builder {}
}
