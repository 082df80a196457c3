package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SecretProjection}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#secretprojection-v1-core">SecretProjection in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSecretProjection.class)
public interface SecretProjection {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code items}: a list of {@link KeyToPath}. */
  List<KeyToPath> items();

  /** {@code optional}: boolean. */
  Optional<Boolean> optional();

  // End of generated fields.

  /** Returns an empty builder of {@code SecretProjection}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretProjection}. */
  final class Builder extends ImmutableSecretProjection.Builder {}
}
