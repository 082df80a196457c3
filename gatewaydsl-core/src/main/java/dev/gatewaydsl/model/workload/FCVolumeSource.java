package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code FCVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#fcvolumesource-v1-core">FCVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableFCVolumeSource.class)
public interface FCVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code targetWWNs}: a list of strings. */
  List<String> targetWWNs();

  /** {@code lun}: int32. */
  Optional<Integer> lun();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code wwids}: a list of strings. */
  List<String> wwids();

  // End of generated fields.

  /** Returns an empty builder of {@code FCVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FCVolumeSource}. */
  final class Builder extends ImmutableFCVolumeSource.Builder {}
}
