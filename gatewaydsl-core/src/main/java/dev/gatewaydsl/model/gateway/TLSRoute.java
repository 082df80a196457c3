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
 * A Gateway API {@code TLSRoute}: forwards TLS connections arriving at its parent Gateways'
 * {@code TLS} listeners to backends, chosen by the SNI host name of the client.
 *
 * <pre>{@code
 * TLSRoute route = TLSRoute.builder().name("shop").namespace("shop")
 *     .parentRef(gateway)
 *     .hostname("shop.example.com")
 *     .rule(TLSRouteRule.to(service, 8443))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#tlsroute">TLSRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTLSRoute.class)
public interface TLSRoute extends Route, WithTLSRoute {

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
    return "TLSRoute";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  TLSRouteSpec spec();

  /** Returns an empty builder of {@code TLSRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TLSRoute}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableTLSRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder> {

    /** Adds {@code hostname} to {@code spec.hostnames}. */
    public Builder hostname(String hostname) {
      specBuilder().addHostname(hostname);
      return this;
    }

    /** Adds {@code rule} to {@code spec.rules}. */
    public Builder rule(TLSRouteRule rule) {
      specBuilder().addRule(rule);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(apiVersion(), FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
