package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code FrontendTLSConfig.default} and {@code TLSPortConfig.tls}: TLS settings toward clients of
 * the Gateway's HTTPS listeners; today client certificate validation only.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTLSConfig.class)
public interface TLSConfig extends WithTLSConfig {

  /** {@code validation}: unset means clients need no certificate. */
  Optional<FrontendTLSValidation> validation();

  /** {@code {validation: <validation>}}. */
  static TLSConfig validation(FrontendTLSValidation validation) {
    return builder().validation(validation).build();
  }

  /** Returns an empty builder of {@code TLSConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TLSConfig}. */
  final class Builder extends ImmutableTLSConfig.Builder {}
}
