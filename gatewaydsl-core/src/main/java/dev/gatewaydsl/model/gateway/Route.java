package dev.gatewaydsl.model.gateway;

/**
 * A route of any kind: HTTPRoute, GRPCRoute, TCPRoute, TLSRoute or UDPRoute. Its {@link #spec()}
 * gives what all of them share.
 */
public interface Route extends GatewayApiResource {

  /** {@code spec}: parents, hostnames where the kind has them, and rules. */
  CommonRouteSpec spec();
}
