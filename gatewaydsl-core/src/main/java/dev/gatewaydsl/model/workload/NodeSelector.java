package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code NodeSelector}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core">NodeSelector in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNodeSelector.class)
public interface NodeSelector {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code nodeSelectorTerms}: a list of {@link NodeSelectorTerm}, required. */
  List<NodeSelectorTerm> nodeSelectorTerms();

  // End of generated fields.

  /** Returns an empty builder of {@code NodeSelector}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeSelector}. */
  final class Builder extends ImmutableNodeSelector.Builder {}
}
