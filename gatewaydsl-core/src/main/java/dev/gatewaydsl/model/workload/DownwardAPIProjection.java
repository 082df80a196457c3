package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code DownwardAPIProjection}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#downwardapiprojection-v1-core">DownwardAPIProjection in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableDownwardAPIProjection.class)
public interface DownwardAPIProjection {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code items}: a list of {@link DownwardAPIVolumeFile}. */
  List<DownwardAPIVolumeFile> items();

  // End of generated fields.

  /** Returns an empty builder of {@code DownwardAPIProjection}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DownwardAPIProjection}. */
  final class Builder extends ImmutableDownwardAPIProjection.Builder {}
}
