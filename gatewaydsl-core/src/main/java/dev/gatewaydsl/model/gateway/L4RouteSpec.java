package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;

/**
 * The spec of the route kinds that forward whole connections or datagrams (TCPRoute, UDPRoute,
 * TLSRoute): parents and rules that only name backends. Their checks are written here once.
 */
public interface L4RouteSpec extends CommonRouteSpec {

  @Override
  List<? extends L4RouteRule<?>> rules();

  /** Checks this spec as {@link GatewayApi#V1} serves it. */
  @Override
  default void validate(FieldPath path, Violations violations) {
    validate(GatewayApi.V1, path, violations);
  }

  /** Checks this spec as {@code apiVersion} serves it: the limits of {@code rules} differ. */
  @Override
  default void validate(String apiVersion, FieldPath path, Violations violations) {
    RouteChecks.parentRefs(parentRefs(), path.child("parentRefs"), violations);
    validateRules(apiVersion, path.child("rules"), violations);
  }

  /** Checks {@code rules} as {@code apiVersion} serves it, see {@link RouteChecks#rules}. */
  default void validateRules(String apiVersion, FieldPath path, Violations violations) {
    RouteChecks.rules(apiVersion, rules(), rules().stream().map(RouteRule::name).toList(), path,
        violations);
  }
}
