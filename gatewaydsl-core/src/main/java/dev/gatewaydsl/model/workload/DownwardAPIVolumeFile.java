package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code DownwardAPIVolumeFile}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#downwardapivolumefile-v1-core">DownwardAPIVolumeFile in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableDownwardAPIVolumeFile.class)
public interface DownwardAPIVolumeFile {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code path}: string, required. */
  String path();

  /** {@code fieldRef}: {@link ObjectFieldSelector}. */
  Optional<ObjectFieldSelector> fieldRef();

  /** {@code resourceFieldRef}: {@link ResourceFieldSelector}. */
  Optional<ResourceFieldSelector> resourceFieldRef();

  /** {@code mode}: int32. */
  Optional<Integer> mode();

  // End of generated fields.

  /** Returns an empty builder of {@code DownwardAPIVolumeFile}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DownwardAPIVolumeFile}. */
  final class Builder extends ImmutableDownwardAPIVolumeFile.Builder {}
}
