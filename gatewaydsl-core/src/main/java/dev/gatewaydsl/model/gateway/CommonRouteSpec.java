package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;

/**
 * What the spec of every route kind has: the API's {@code CommonRouteSpec} ({@code parentRefs},
 * {@code useDefaultGateways}), and {@code rules} with their backends. Code that works on routes of
 * any kind (the analysis, for one) reads them through this type, so a new route kind is covered
 * by implementing it.
 */
public interface CommonRouteSpec extends Validatable {

  /** {@code parentRefs}: the Gateways (or listeners) the route attaches to. */
  List<ParentReference> parentRefs();

  /**
   * {@code useDefaultGateways} (experimental channel): {@code All} attaches the route to the
   * Gateways that declare themselves defaults; unset or {@code None} does not.
   */
  Optional<GatewayDefaultScope> useDefaultGateways();

  /**
   * {@code hostnames}: the hostnames the route matches. The kinds without the field (TCPRoute,
   * UDPRoute) have none.
   */
  default List<String> hostnames() {
    return List.of();
  }

  /** {@code rules}: the routing rules. */
  List<? extends RouteRule> rules();

  /**
   * Checks this spec as {@code apiVersion} serves it. Default: as {@link #validate(FieldPath,
   * Violations)}, for the kinds whose rules do not differ between versions.
   */
  default void validate(String apiVersion, FieldPath path, Violations violations) {
    validate(path, violations);
  }
}
