package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodAffinityTerm}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core">PodAffinityTerm in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodAffinityTerm.class)
public interface PodAffinityTerm {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code labelSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> labelSelector();

  /** {@code namespaces}: a list of strings. */
  List<String> namespaces();

  /** {@code topologyKey}: string, required. */
  String topologyKey();

  /** {@code namespaceSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> namespaceSelector();

  /** {@code matchLabelKeys}: a list of strings. */
  List<String> matchLabelKeys();

  /** {@code mismatchLabelKeys}: a list of strings. */
  List<String> mismatchLabelKeys();

  // End of generated fields.

  /** Returns an empty builder of {@code PodAffinityTerm}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodAffinityTerm}. */
  final class Builder extends ImmutablePodAffinityTerm.Builder {}
}
