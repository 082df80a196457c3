package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ServiceAccountTokenProjection}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#serviceaccounttokenprojection-v1-core">ServiceAccountTokenProjection in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableServiceAccountTokenProjection.class)
public interface ServiceAccountTokenProjection {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code audience}: string. */
  Optional<String> audience();

  /** {@code expirationSeconds}: int64. */
  Optional<Long> expirationSeconds();

  /** {@code path}: string, required. */
  String path();

  // End of generated fields.

  /** Returns an empty builder of {@code ServiceAccountTokenProjection}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceAccountTokenProjection}. */
  final class Builder extends ImmutableServiceAccountTokenProjection.Builder {}
}
