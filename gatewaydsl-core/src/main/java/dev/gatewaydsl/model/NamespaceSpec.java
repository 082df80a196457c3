package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code NamespaceSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#namespacespec-v1-core">NamespaceSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableNamespaceSpec.class)
public interface NamespaceSpec {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code finalizers}: a list of strings. */
  List<String> finalizers();

  // End of generated fields.

  /** Returns an empty builder of {@code NamespaceSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NamespaceSpec}. */
  final class Builder extends ImmutableNamespaceSpec.Builder {}
}
