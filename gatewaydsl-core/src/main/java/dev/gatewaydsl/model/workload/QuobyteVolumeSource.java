package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code QuobyteVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#quobytevolumesource-v1-core">QuobyteVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableQuobyteVolumeSource.class)
public interface QuobyteVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code registry}: string, required. */
  String registry();

  /** {@code volume}: string, required. */
  String volume();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code user}: string. */
  Optional<String> user();

  /** {@code group}: string. */
  Optional<String> group();

  /** {@code tenant}: string. */
  Optional<String> tenant();

  // End of generated fields.

  /** Returns an empty builder of {@code QuobyteVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QuobyteVolumeSource}. */
  final class Builder extends ImmutableQuobyteVolumeSource.Builder {}
}
