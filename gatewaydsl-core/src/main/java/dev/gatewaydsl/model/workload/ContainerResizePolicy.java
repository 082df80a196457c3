package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ContainerResizePolicy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#containerresizepolicy-v1-core">ContainerResizePolicy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableContainerResizePolicy.class)
public interface ContainerResizePolicy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code resourceName}: string, required. */
  String resourceName();

  /** {@code restartPolicy}: string, required. */
  String restartPolicy();

  // End of generated fields.

  /** Returns an empty builder of {@code ContainerResizePolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerResizePolicy}. */
  final class Builder extends ImmutableContainerResizePolicy.Builder {}
}
