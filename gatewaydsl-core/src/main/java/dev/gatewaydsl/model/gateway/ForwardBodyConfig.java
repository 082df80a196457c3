package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code HTTPExternalAuthFilter.forwardBody} (experimental channel): whether, and how much of, the
 * request body is sent to the authorization service.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#forwardbodyconfig">ForwardBodyConfig</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableForwardBodyConfig.class)
public interface ForwardBodyConfig extends WithForwardBodyConfig {

  /** {@code maxSize}: bytes of body sent; unset or 0 means none. */
  Optional<Integer> maxSize();

  /** {@code {maxSize: bytes}}. */
  static ForwardBodyConfig maxSize(int bytes) {
    return builder().maxSize(bytes).build();
  }

  /** Returns an empty builder of {@code ForwardBodyConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ForwardBodyConfig}. */
  final class Builder extends ImmutableForwardBodyConfig.Builder {}
}
