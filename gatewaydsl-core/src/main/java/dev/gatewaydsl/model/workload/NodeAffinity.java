package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code NodeAffinity}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core">NodeAffinity in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNodeAffinity.class)
public interface NodeAffinity {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code requiredDuringSchedulingIgnoredDuringExecution}: {@link NodeSelector}. */
  Optional<NodeSelector> requiredDuringSchedulingIgnoredDuringExecution();

  /** {@code preferredDuringSchedulingIgnoredDuringExecution}: a list of {@link PreferredSchedulingTerm}. */
  List<PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution();

  // End of generated fields.

  /** Returns an empty builder of {@code NodeAffinity}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeAffinity}. */
  final class Builder extends ImmutableNodeAffinity.Builder {}
}
