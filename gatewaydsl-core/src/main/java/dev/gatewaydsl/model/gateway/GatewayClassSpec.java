package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code GatewayClass.spec}: the controller that serves the class, and optionally its parameters
 * and a description.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewayClassSpec.class)
public interface GatewayClassSpec extends WithGatewayClassSpec {

  /**
   * {@code controllerName}: a domain-prefixed path such as {@code example.net/gateway-controller},
   * at most 253 characters. The API server does not let it change after creation.
   */
  String controllerName();

  /** {@code parametersRef}: the controller's configuration for this class. */
  Optional<ParametersReference> parametersRef();

  /** {@code description}: at most 64 characters. */
  Optional<String> description();

  /** Returns an empty builder of {@code GatewayClassSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewayClassSpec}. */
  final class Builder extends ImmutableGatewayClassSpec.Builder {}
}
