package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code TCPSocketAction}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#tcpsocketaction-v1-core">TCPSocketAction in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableTCPSocketAction.class)
public interface TCPSocketAction {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code port}: {@link IntOrString}, required. */
  IntOrString port();

  /** {@code host}: string. */
  Optional<String> host();

  // End of generated fields.

  /** Returns an empty builder of {@code TCPSocketAction}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TCPSocketAction}. */
  final class Builder extends ImmutableTCPSocketAction.Builder {}
}
