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
    return "GRPCRoute";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  GRPCRouteSpec spec();

  /** Returns an empty builder of {@code GRPCRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCRoute}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableGRPCRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder> {

    /** Adds {@code hostname} to {@code spec.hostnames}. */
    public Builder hostname(String hostname) {
      specBuilder().addHostname(hostname);
      return this;
    }

    /** Adds {@code rule} to {@code spec.rules}. */
    public Builder rule(GRPCRouteRule rule) {
      specBuilder().addRule(rule);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(FieldPath.of("spec"), violations);
    validateServiceNamespaces(violations);
    violations.throwIfAny();
  }

  /**
   * Backend references made from a Service in another namespace must name that namespace; see
   * {@link GRPCBackendRef#to}.
   */
  private void validateServiceNamespaces(Violations violations) {
    String namespace = metadata().namespace();
    FieldPath rules = FieldPath.of("spec", "rules");
    for (int i = 0; i < spec().rules().size(); i++) {
      GRPCRouteRule rule = spec().rules().get(i);
      FieldPath at = rules.index(i);
      RouteChecks.grpcFilterNamespaces(namespace, rule.filters(), at.child("filters"),
          violations);
      for (int j = 0; j < rule.backendRefs().size(); j++) {
        GRPCBackendRef ref = rule.backendRefs().get(j);
        FieldPath refPath = at.child("backendRefs").index(j);
        RouteChecks.serviceNamespace(namespace, ref.name(), ref.namespace(),
            ref.serviceNamespace(), refPath, violations);
        RouteChecks.grpcFilterNamespaces(namespace, ref.filters(),
            refPath.child("filters"), violations);
      }
    }
  }
}
