package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code HostPathVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core">HostPathVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHostPathVolumeSource.class)
public interface HostPathVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code path}: string, required. */
  String path();

  /** {@code type}: string. */
  Optional<String> type();

  // End of generated fields.

  /** Returns an empty builder of {@code HostPathVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostPathVolumeSource}. */
  final class Builder extends ImmutableHostPathVolumeSource.Builder {}
}
