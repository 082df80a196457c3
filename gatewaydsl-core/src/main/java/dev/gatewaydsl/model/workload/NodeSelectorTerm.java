package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code NodeSelectorTerm}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core">NodeSelectorTerm in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNodeSelectorTerm.class)
public interface NodeSelectorTerm {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code matchExpressions}: a list of {@link NodeSelectorRequirement}. */
  List<NodeSelectorRequirement> matchExpressions();

  /** {@code matchFields}: a list of {@link NodeSelectorRequirement}. */
  List<NodeSelectorRequirement> matchFields();

  // End of generated fields.

  /** Returns an empty builder of {@code NodeSelectorTerm}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeSelectorTerm}. */
  final class Builder extends ImmutableNodeSelectorTerm.Builder {}
}
