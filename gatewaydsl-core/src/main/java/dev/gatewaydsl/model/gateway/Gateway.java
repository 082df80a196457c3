package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A Gateway API {@code Gateway}: listeners on which a {@code GatewayClass}'s implementation (for
 * {@code gatewayClassName: istio}, Istio) accepts traffic for routes.
 *
 * <pre>{@code
 * Gateway gw = Gateway.builder().name("echoserver").namespace("default")
 *     .gatewayClassName("istio")
 *     .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#gateway">Gateway</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGateway.class)
public interface Gateway extends GatewayApiResource, WithGateway {

  @Override
  @Value.Derived
  default String kind() {
    return "Gateway";
  }

  /** {@code spec}. */
  GatewaySpec spec();

  /** Returns an empty builder of {@code Gateway}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Gateway}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableGateway.Builder implements ResourceBuilder<Builder> {

    /** Sets {@code spec.gatewayClassName}, e.g. {@code istio}. */
    public Builder gatewayClassName(String gatewayClassName) {
      specBuilder().gatewayClassName(gatewayClassName);
      return this;
    }

    /** Adds {@code listener} to {@code spec.listeners}. */
    public Builder listener(Listener listener) {
      specBuilder().addListener(listener);
      return this;
    }

    /**
     * Adds {@code address}, e.g. {@code GatewaySpecAddress.ipAddress(...)}, to {@code
     * spec.addresses}.
     */
    public Builder address(GatewaySpecAddress address) {
      specBuilder().addAddress(address);
      return this;
    }

    /** Adds (or replaces) the label {@code key: value} in {@code spec.infrastructure.labels}. */
    public Builder infrastructureLabel(String key, String value) {
      specBuilder().infrastructureBuilder().putLabel(key, value);
      return this;
    }

    /**
     * Adds (or replaces) the annotation {@code key: value} in {@code
     * spec.infrastructure.annotations}.
     */
    public Builder infrastructureAnnotation(String key, String value) {
      specBuilder().infrastructureBuilder().putAnnotation(key, value);
      return this;
    }

    /** Sets {@code spec.infrastructure.parametersRef}. */
    public Builder infrastructureParametersRef(LocalParametersReference parametersRef) {
      specBuilder().infrastructureBuilder().parametersRef(parametersRef);
      return this;
    }

    /**
     * Sets {@code spec.allowedListeners.namespaces}, the namespaces whose ListenerSets may attach,
     * e.g. {@code ListenerNamespaces.same()}.
     */
    public Builder allowedListeners(ListenerNamespaces namespaces) {
      specBuilder().allowedListeners(AllowedListeners.fromNamespaces(namespaces));
      return this;
    }

    /** Sets {@code spec.tls}. */
    public Builder tls(GatewayTLSConfig tls) {
      specBuilder().tls(tls);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
