package dev.gatewaydsl.model.gateway;

import java.util.List;
import java.util.Optional;

/**
 * What the spec of every route kind has: the API's {@code CommonRouteSpec} ({@code parentRefs},
 * {@code useDefaultGateways}), and {@code rules} with their backends. Code that works on routes of
 * any kind (the analysis, for one) reads them through this type, so a new route kind is covered
 * by implementing it.
 */
public interface CommonRouteSpec {

  /** {@code parentRefs}: the Gateways (or listeners) the route attaches to. */
  List<ParentReference> parentRefs();

  /** {@code useDefaultGateways} (experimental channel). */
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
}
