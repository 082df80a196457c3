package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.OptBoolean;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A route of any kind: HTTPRoute, GRPCRoute, TCPRoute, TLSRoute or UDPRoute. Its {@link #spec()}
 * gives what all of them share. The defaults and the check every route kind has are written here
 * once; a route kind adds its {@code kind}, its {@code spec} type and its builder.
 */
public interface Route extends GatewayApiResource {

  /**
   * Default: the newest version {@link #target()} serves for this kind, {@code
   * gateway.networking.k8s.io/v1} for the default target ({@code v1beta1} for an HTTPRoute
   * written for {@link GatewayApiTarget#V0_6_STANDARD}).
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

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}: parents, hostnames where the kind has them, and rules. */
  CommonRouteSpec spec();

  /**
   * Checks every field as {@link #apiVersion()} serves it, and that backends made from a Service
   * in another namespace name that namespace; all problems are reported together.
   */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(apiVersion(), FieldPath.of("spec"), violations);
    RouteChecks.serviceNamespaces(metadata().namespace(), spec().rules(),
        FieldPath.of("spec", "rules"), violations);
    violations.throwIfAny();
  }
}
