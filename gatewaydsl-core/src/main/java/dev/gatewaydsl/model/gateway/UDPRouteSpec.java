package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code UDPRoute.spec}: parents and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableUDPRouteSpec.class)
public interface UDPRouteSpec extends WithUDPRouteSpec, CommonRouteSpec, Validatable {

  /** {@code parentRefs}: the Gateways (or listeners) the route attaches to; at most 32. */
  List<ParentReference> parentRefs();

  /** {@code useDefaultGateways}: experimental channel only; unset means {@code None}. */
  Optional<GatewayDefaultScope> useDefaultGateways();

  /** {@code rules}: exactly one as {@code v1}; 1 to 16 as {@code v1alpha2}. */
  List<UDPRouteRule> rules();

  /** Returns an empty builder of {@code UDPRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UDPRouteSpec}. */
  final class Builder extends ImmutableUDPRouteSpec.Builder
      implements RouteBuilder.RouteSpecBuilder {}

  /** Checks this spec as {@link GatewayApi#V1} serves it. */
  @Override
  default void validate(FieldPath path, Violations violations) {
    validate(GatewayApi.V1, path, violations);
  }

  /** Checks this spec as {@code apiVersion} serves it: the limits of {@code rules} differ. */
  default void validate(String apiVersion, FieldPath path, Violations violations) {
    RouteChecks.parentRefs(parentRefs(), path.child("parentRefs"), violations);
    RouteChecks.rules(apiVersion, rules(), rules().stream().map(UDPRouteRule::name).toList(),
        path.child("rules"), violations);
  }
}
