package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A route of any kind: HTTPRoute, GRPCRoute, TCPRoute, TLSRoute or UDPRoute. Its {@link #spec()}
 * gives what all of them share. The defaults and the check every route kind has are written here
 * once; a route kind adds its {@code kind}, its {@code spec} type and its builder.
 */
public interface Route extends GatewayApiResource {

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
