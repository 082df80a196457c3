package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import org.immutables.value.Value;

/**
 * A Gateway API {@code GRPCRoute}: rules that send gRPC calls arriving at its parent Gateways to
 * backends, usually Services, by gRPC service and method.
 *
 * <pre>{@code
 * GRPCRoute route = GRPCRoute.builder().name("users").namespace("shop")
 *     .parentRef(gateway)
 *     .rule(GRPCRouteRule.method("com.example.User", "Login").backendRef(users, 50051))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcroute">GRPCRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCRoute.class)
public interface GRPCRoute extends Route, WithGRPCRoute {

  @Override
  @Value.Derived
  default String kind() {
    return "GRPCRoute";
  }

  /** {@code spec}. */
  @Override
  GRPCRouteSpec spec();

  /** Returns an empty builder of {@code GRPCRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link GRPCRoute}; the shortcuts of {@link RouteBuilder} forward to the generated metadata
   * and spec builders.
   */
  final class Builder extends ImmutableGRPCRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder.WithHostnames<Builder, GRPCRouteRule> {}
}
