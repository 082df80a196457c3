package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code TopologySpreadConstraint}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#topologyspreadconstraint-v1-core">TopologySpreadConstraint in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableTopologySpreadConstraint.class)
public interface TopologySpreadConstraint {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code maxSkew}: int32, required. */
  int maxSkew();

  /** {@code topologyKey}: string, required. */
  String topologyKey();

  /** {@code whenUnsatisfiable}: string, required. */
  String whenUnsatisfiable();

  /** {@code labelSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> labelSelector();

  /** {@code minDomains}: int32. */
  Optional<Integer> minDomains();

  /** {@code nodeAffinityPolicy}: string. */
  Optional<String> nodeAffinityPolicy();

  /** {@code nodeTaintsPolicy}: string. */
  Optional<String> nodeTaintsPolicy();

  /** {@code matchLabelKeys}: a list of strings. */
  List<String> matchLabelKeys();

  // End of generated fields.

  /** Returns an empty builder of {@code TopologySpreadConstraint}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TopologySpreadConstraint}. */
  final class Builder extends ImmutableTopologySpreadConstraint.Builder {}
}
