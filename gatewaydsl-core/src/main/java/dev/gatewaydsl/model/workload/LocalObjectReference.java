package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code LocalObjectReference}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core">LocalObjectReference in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableLocalObjectReference.class)
public interface LocalObjectReference {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  // End of generated fields.

  /** Returns an empty builder of {@code LocalObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalObjectReference}. */
  final class Builder extends ImmutableLocalObjectReference.Builder {}
}
