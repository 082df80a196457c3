package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code Lifecycle}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#lifecycle-v1-core">Lifecycle in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableLifecycle.class)
public interface Lifecycle {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code postStart}: {@link LifecycleHandler}. */
  Optional<LifecycleHandler> postStart();

  /** {@code preStop}: {@link LifecycleHandler}. */
  Optional<LifecycleHandler> preStop();

  /** {@code stopSignal}: string. */
  Optional<String> stopSignal();

  // End of generated fields.

  /** Returns an empty builder of {@code Lifecycle}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Lifecycle}. */
  final class Builder extends ImmutableLifecycle.Builder {}
}
