package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code StatefulSetOrdinals}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#statefulsetordinals-v1-apps">StatefulSetOrdinals in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableStatefulSetOrdinals.class)
public interface StatefulSetOrdinals {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code start}: int32. */
  Optional<Integer> start();

  // End of generated fields.

  /** Returns an empty builder of {@code StatefulSetOrdinals}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatefulSetOrdinals}. */
  final class Builder extends ImmutableStatefulSetOrdinals.Builder {}
}
