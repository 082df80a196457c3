package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code TypedObjectReference}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#typedobjectreference-v1-core">TypedObjectReference in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableTypedObjectReference.class)
public interface TypedObjectReference {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code apiGroup}: string. */
  Optional<String> apiGroup();

  /** {@code kind}: string, required. */
  String kind();

  /** {@code name}: string, required. */
  String name();

  /** {@code namespace}: string. */
  Optional<String> namespace();

  // End of generated fields.

  /** Returns an empty builder of {@code TypedObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TypedObjectReference}. */
  final class Builder extends ImmutableTypedObjectReference.Builder {}
}
