package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import org.immutables.value.Value;

/**
 * One entry of {@code UDPRoute.spec.rules}: the backends that datagrams arriving at the route's
 * listeners go to, split by weight.
 *
 * <pre>{@code
 * UDPRouteRule.to(coredns, 53)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#udprouterule">UDPRouteRule</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableUDPRouteRule.class)
public interface UDPRouteRule extends WithUDPRouteRule, L4RouteRule<UDPRouteRule> {

  /** A rule sending every datagram to {@code service}, port {@code port}, with no name. */
  static UDPRouteRule to(Service service, int port) {
    return builder().addBackendRef(BackendRef.to(service, port)).build();
  }

  @Override
  default UDPRouteRule backendRef(BackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  /** Returns an empty builder of {@code UDPRouteRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UDPRouteRule}. */
  final class Builder extends ImmutableUDPRouteRule.Builder {}
}
