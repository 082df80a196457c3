package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code CrossVersionObjectReference}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#crossversionobjectreference-v2-autoscaling">CrossVersionObjectReference in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCrossVersionObjectReference.class)
public interface CrossVersionObjectReference {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code kind}: string, required. */
  String kind();

  /** {@code name}: string, required. */
  String name();

  /** {@code apiVersion}: string. */
  Optional<String> apiVersion();

  // End of generated fields.

  /** Returns an empty builder of {@code CrossVersionObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CrossVersionObjectReference}. */
  final class Builder extends ImmutableCrossVersionObjectReference.Builder {}
}
