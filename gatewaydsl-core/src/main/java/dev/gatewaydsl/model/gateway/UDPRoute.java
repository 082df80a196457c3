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
 * A Gateway API {@code UDPRoute}: forwards the UDP datagrams arriving at its parent Gateways'
 * listeners to backends, usually Services.
 *
 * <pre>{@code
 * UDPRoute route = UDPRoute.builder().name("dns").namespace("kube-system")
 *     .parentRef(gateway)
 *     .rule(UDPRouteRule.to(service, 53))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#udproute">UDPRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableUDPRoute.class)
public interface UDPRoute extends Route, WithUDPRoute {

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
    return "UDPRoute";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  UDPRouteSpec spec();

  /** Returns an empty builder of {@code UDPRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UDPRoute}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableUDPRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder> {

    /** Adds {@code rule} to {@code spec.rules}. */
    public Builder rule(UDPRouteRule rule) {
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
