package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code HTTPHeader}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#httpheader-v1-core">HTTPHeader in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHTTPHeader.class)
public interface HTTPHeader {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code value}: string, required. */
  String value();

  // End of generated fields.

  /** Returns an empty builder of {@code HTTPHeader}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPHeader}. */
  final class Builder extends ImmutableHTTPHeader.Builder {}
}
