package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code DownwardAPIVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#downwardapivolumesource-v1-core">DownwardAPIVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableDownwardAPIVolumeSource.class)
public interface DownwardAPIVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code items}: a list of {@link DownwardAPIVolumeFile}. */
  List<DownwardAPIVolumeFile> items();

  /** {@code defaultMode}: int32. */
  Optional<Integer> defaultMode();

  // End of generated fields.

  /** Returns an empty builder of {@code DownwardAPIVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DownwardAPIVolumeSource}. */
  final class Builder extends ImmutableDownwardAPIVolumeSource.Builder {}
}
