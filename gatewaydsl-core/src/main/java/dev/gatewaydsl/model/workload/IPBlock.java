package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code networking/v1} {@code IPBlock}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#ipblock-v1-networking-k8s-io">IPBlock in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableIPBlock.class)
public interface IPBlock {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code cidr}: string, required. */
  String cidr();

  /** {@code except}: a list of strings. */
  List<String> except();

  // End of generated fields.

  /** Returns an empty builder of {@code IPBlock}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPBlock}. */
  final class Builder extends ImmutableIPBlock.Builder {}
}
