package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ObjectReference}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#objectreference-v1-core">ObjectReference in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableObjectReference.class)
public interface ObjectReference {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code kind}: string. */
  Optional<String> kind();

  /** {@code namespace}: string. */
  Optional<String> namespace();

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code uid}: string. */
  Optional<String> uid();

  /** {@code apiVersion}: string. */
  Optional<String> apiVersion();

  /** {@code resourceVersion}: string. */
  Optional<String> resourceVersion();

  /** {@code fieldPath}: string. */
  Optional<String> fieldPath();

  // End of generated fields.

  /** Returns an empty builder of {@code ObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectReference}. */
  final class Builder extends ImmutableObjectReference.Builder {}
}
