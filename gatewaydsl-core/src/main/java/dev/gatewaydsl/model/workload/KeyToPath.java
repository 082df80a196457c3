package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code KeyToPath}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#keytopath-v1-core">KeyToPath in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableKeyToPath.class)
public interface KeyToPath {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code key}: string, required. */
  String key();

  /** {@code path}: string, required. */
  String path();

  /** {@code mode}: int32. */
  Optional<Integer> mode();

  // End of generated fields.

  /** Returns an empty builder of {@code KeyToPath}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KeyToPath}. */
  final class Builder extends ImmutableKeyToPath.Builder {}
}
