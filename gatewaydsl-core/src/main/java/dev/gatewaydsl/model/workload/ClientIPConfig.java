package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ClientIPConfig}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#clientipconfig-v1-core">ClientIPConfig in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableClientIPConfig.class)
public interface ClientIPConfig {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code timeoutSeconds}: int32. */
  Optional<Integer> timeoutSeconds();

  // End of generated fields.

  /** Returns an empty builder of {@code ClientIPConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClientIPConfig}. */
  final class Builder extends ImmutableClientIPConfig.Builder {}
}
