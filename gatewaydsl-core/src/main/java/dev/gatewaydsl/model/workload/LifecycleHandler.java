package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code LifecycleHandler}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#lifecyclehandler-v1-core">LifecycleHandler in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableLifecycleHandler.class)
public interface LifecycleHandler {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code exec}: {@link ExecAction}. */
  Optional<ExecAction> exec();

  /** {@code httpGet}: {@link HTTPGetAction}. */
  Optional<HTTPGetAction> httpGet();

  /** {@code tcpSocket}: {@link TCPSocketAction}. */
  Optional<TCPSocketAction> tcpSocket();

  /** {@code sleep}: {@link SleepAction}. */
  Optional<SleepAction> sleep();

  // End of generated fields.

  /** Returns an empty builder of {@code LifecycleHandler}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LifecycleHandler}. */
  final class Builder extends ImmutableLifecycleHandler.Builder {}
}
