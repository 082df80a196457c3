package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import org.immutables.value.Value;

/**
 * One entry of {@code TCPRoute.spec.rules}: the backends that connections arriving at the route's
 * listeners go to, split by weight.
 *
 * <pre>{@code
 * TCPRouteRule.to(postgres, 5432)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#tcprouterule">TCPRouteRule</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTCPRouteRule.class)
public interface TCPRouteRule extends WithTCPRouteRule, L4RouteRule<TCPRouteRule> {

  /** A rule sending every connection to {@code service}, port {@code port}, with no name. */
  static TCPRouteRule to(Service service, int port) {
    return builder().addBackendRef(BackendRef.to(service, port)).build();
  }

  @Override
  default TCPRouteRule backendRef(BackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  /** Returns an empty builder of {@code TCPRouteRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TCPRouteRule}. */
  final class Builder extends ImmutableTCPRouteRule.Builder {}
}
