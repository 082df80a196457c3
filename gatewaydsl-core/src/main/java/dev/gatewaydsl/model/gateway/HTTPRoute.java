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
 * A Gateway API {@code HTTPRoute}: rules that send HTTP requests arriving at its parent Gateways
 * to backends, usually Services.
 *
 * <pre>{@code
 * HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default")
 *     .parentRef(gateway)
 *     .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httproute">HTTPRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRoute.class)
public interface HTTPRoute extends Route, WithHTTPRoute {

  /**
   * Default: the version {@link #target()} serves, {@code gateway.networking.k8s.io/v1} for the
   * default target; {@code v1beta1} for {@link GatewayApiTarget#V0_6_STANDARD}.
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
    return "HTTPRoute";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  HTTPRouteSpec spec();

  /** Returns an empty builder of {@code HTTPRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRoute}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableHTTPRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder> {

    /** Adds {@code hostname} to {@code spec.hostnames}. */
    public Builder hostname(String hostname) {
      specBuilder().addHostname(hostname);
      return this;
    }

    /** Adds {@code rule} to {@code spec.rules}. */
    public Builder rule(HTTPRouteRule rule) {
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
   * {@link HTTPBackendRef#to}.
   */
  private void validateServiceNamespaces(Violations violations) {
    String namespace = metadata().namespace();
    FieldPath rules = FieldPath.of("spec", "rules");
    for (int i = 0; i < spec().rules().size(); i++) {
      HTTPRouteRule rule = spec().rules().get(i);
      FieldPath at = rules.index(i);
      RouteChecks.filterNamespaces(namespace, rule.filters(), at.child("filters"),
          violations);
      for (int j = 0; j < rule.backendRefs().size(); j++) {
        HTTPBackendRef ref = rule.backendRefs().get(j);
        FieldPath refPath = at.child("backendRefs").index(j);
        RouteChecks.serviceNamespace(namespace, ref.name(), ref.namespace(),
            ref.serviceNamespace(), refPath, violations);
        RouteChecks.filterNamespaces(namespace, ref.filters(), refPath.child("filters"),
            violations);
      }
    }
  }
}
