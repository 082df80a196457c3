package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code GlusterfsVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#glusterfsvolumesource-v1-core">GlusterfsVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableGlusterfsVolumeSource.class)
public interface GlusterfsVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code endpoints}: string, required. */
  String endpoints();

  /** {@code path}: string, required. */
  String path();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code GlusterfsVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GlusterfsVolumeSource}. */
  final class Builder extends ImmutableGlusterfsVolumeSource.Builder {}
}
