package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code Capabilities}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#capabilities-v1-core">Capabilities in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCapabilities.class)
public interface Capabilities {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code add}: a list of strings. */
  List<String> add();

  /** {@code drop}: a list of strings. */
  List<String> drop();

  // End of generated fields.

  /** Returns an empty builder of {@code Capabilities}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Capabilities}. */
  final class Builder extends ImmutableCapabilities.Builder {}
}
