package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code NodeSelectorRequirement}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorrequirement-v1-core">NodeSelectorRequirement in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNodeSelectorRequirement.class)
public interface NodeSelectorRequirement {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code key}: string, required. */
  String key();

  /** {@code operator}: string, required. */
  String operator();

  /** {@code values}: a list of strings. */
  List<String> values();

  // End of generated fields.

  /** Returns an empty builder of {@code NodeSelectorRequirement}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeSelectorRequirement}. */
  final class Builder extends ImmutableNodeSelectorRequirement.Builder {}
}
