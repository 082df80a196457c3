package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code GRPCAction}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#grpcaction-v1-core">GRPCAction in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableGRPCAction.class)
public interface GRPCAction {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code port}: int32, required. */
  int port();

  /** {@code service}: string. */
  Optional<String> service();

  // End of generated fields.

  /** Returns an empty builder of {@code GRPCAction}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCAction}. */
  final class Builder extends ImmutableGRPCAction.Builder {}
}
