package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ObjectFieldSelector}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#objectfieldselector-v1-core">ObjectFieldSelector in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableObjectFieldSelector.class)
public interface ObjectFieldSelector {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code apiVersion}: string. */
  Optional<String> apiVersion();

  /** {@code fieldPath}: string, required. */
  String fieldPath();

  // End of generated fields.

  /** Returns an empty builder of {@code ObjectFieldSelector}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectFieldSelector}. */
  final class Builder extends ImmutableObjectFieldSelector.Builder {}
}
