package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodDNSConfig}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#poddnsconfig-v1-core">PodDNSConfig in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodDNSConfig.class)
public interface PodDNSConfig {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code nameservers}: a list of strings. */
  List<String> nameservers();

  /** {@code searches}: a list of strings. */
  List<String> searches();

  /** {@code options}: a list of {@link PodDNSConfigOption}. */
  List<PodDNSConfigOption> options();

  // End of generated fields.

  /** Returns an empty builder of {@code PodDNSConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodDNSConfig}. */
  final class Builder extends ImmutablePodDNSConfig.Builder {}
}
