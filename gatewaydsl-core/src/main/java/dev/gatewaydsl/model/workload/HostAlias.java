package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code HostAlias}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostalias-v1-core">HostAlias in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableHostAlias.class)
public interface HostAlias {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code ip}: string, required. */
  String ip();

  /** {@code hostnames}: a list of strings. */
  List<String> hostnames();

  // End of generated fields.

  /** Returns an empty builder of {@code HostAlias}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostAlias}. */
  final class Builder extends ImmutableHostAlias.Builder {}
}
