package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code NFSVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core">NFSVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNFSVolumeSource.class)
public interface NFSVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code server}: string, required. */
  String server();

  /** {@code path}: string, required. */
  String path();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code NFSVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NFSVolumeSource}. */
  final class Builder extends ImmutableNFSVolumeSource.Builder {}
}
