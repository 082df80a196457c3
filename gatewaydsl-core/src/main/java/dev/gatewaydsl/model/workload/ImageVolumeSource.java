package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ImageVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#imagevolumesource-v1-core">ImageVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableImageVolumeSource.class)
public interface ImageVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code reference}: string. */
  Optional<String> reference();

  /** {@code pullPolicy}: string. */
  Optional<String> pullPolicy();

  // End of generated fields.

  /** Returns an empty builder of {@code ImageVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImageVolumeSource}. */
  final class Builder extends ImmutableImageVolumeSource.Builder {}
}
