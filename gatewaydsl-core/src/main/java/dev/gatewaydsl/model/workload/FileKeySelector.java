package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code FileKeySelector}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#filekeyselector-v1-core">FileKeySelector in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableFileKeySelector.class)
public interface FileKeySelector {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumeName}: string, required. */
  String volumeName();

  /** {@code path}: string, required. */
  String path();

  /** {@code key}: string, required. */
  String key();

  /** {@code optional}: boolean. */
  Optional<Boolean> optional();

  // End of generated fields.

  /** Returns an empty builder of {@code FileKeySelector}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FileKeySelector}. */
  final class Builder extends ImmutableFileKeySelector.Builder {}
}
