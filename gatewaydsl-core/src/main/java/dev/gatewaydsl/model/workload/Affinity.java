package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code Affinity}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#affinity-v1-core">Affinity in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableAffinity.class)
public interface Affinity {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code nodeAffinity}: {@link NodeAffinity}. */
  Optional<NodeAffinity> nodeAffinity();

  /** {@code podAffinity}: {@link PodAffinity}. */
  Optional<PodAffinity> podAffinity();

  /** {@code podAntiAffinity}: {@link PodAntiAffinity}. */
  Optional<PodAntiAffinity> podAntiAffinity();

  // End of generated fields.

  /** Returns an empty builder of {@code Affinity}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Affinity}. */
  final class Builder extends ImmutableAffinity.Builder {}
}
