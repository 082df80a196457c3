package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/** {@code GRPCRoute.spec}: parents, hostnames and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCRouteSpec.class)
public interface GRPCRouteSpec extends WithGRPCRouteSpec, CommonRouteSpec {

  /** {@code hostnames}: the authorities the route matches; any if empty. */
  @Override
  List<String> hostnames();

  /** {@code rules}: the routing rules. */
  @Override
  List<GRPCRouteRule> rules();

  /** Returns an empty builder of {@code GRPCRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCRouteSpec}. */
  final class Builder extends ImmutableGRPCRouteSpec.Builder
      implements RouteBuilder.HostnamesSpecBuilder<GRPCRouteRule> {}

  /** Checks this spec with the limits of {@link HTTPRouteSpec}, which are GRPCRoute's too. */
  @Override
  default void validate(FieldPath path, Violations violations) {
    // unlike HTTPRoute's, GRPCRoute's matches have no default: a rule without matches counts 0
    int matches = rules().stream().mapToInt(r -> r.matches().size()).sum();
    RouteChecks.requestRouteSpec(this, matches, path, violations);
  }
}
