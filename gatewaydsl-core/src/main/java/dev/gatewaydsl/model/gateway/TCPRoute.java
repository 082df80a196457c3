package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A Gateway API {@code TCPRoute}: forwards the TCP connections arriving at its parent Gateways'
 * listeners to backends, usually Services.
 *
 * <pre>{@code
 * TCPRoute route = TCPRoute.builder().name("postgres").namespace("db")
 *     .parentRef(gateway)
 *     .rule(TCPRouteRule.to(service, 5432))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#tcproute">TCPRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTCPRoute.class)
public interface TCPRoute extends Route, WithTCPRoute {

  /**
   * Default: the newest version {@link #target()} serves, {@code gateway.networking.k8s.io/v1}
   * for the default target.
   */
  @Override
  @Value.Default
  default String apiVersion() {
    return target().defaultApiVersion(kind());
  }

  @Override
  @Value.Default
  @Value.Auxiliary
  @JsonIgnore
  @JacksonInject(useInput = OptBoolean.FALSE, optional = OptBoolean.TRUE)
  default GatewayApiTarget target() {
    return GatewayApiTarget.V1_6_STANDARD;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "TCPRoute";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  TCPRouteSpec spec();

  /** Returns an empty builder of {@code TCPRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TCPRoute}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableTCPRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder> {

    /** Adds {@code rule} to {@code spec.rules}. */
    public Builder rule(TCPRouteRule rule) {
      specBuilder().addRule(rule);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(apiVersion(), FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
