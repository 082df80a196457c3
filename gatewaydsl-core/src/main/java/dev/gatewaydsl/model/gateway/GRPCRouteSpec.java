package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code GRPCRoute.spec}: parents, hostnames and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCRouteSpec.class)
public interface GRPCRouteSpec extends WithGRPCRouteSpec, CommonRouteSpec, Validatable {

  /** {@code parentRefs}: the Gateways (or listeners) the route attaches to. */
  List<ParentReference> parentRefs();

  /**
   * {@code useDefaultGateways} (experimental channel): {@code All} attaches the route to the
   * Gateways that declare themselves defaults; unset or {@code None} does not.
   */
  Optional<GatewayDefaultScope> useDefaultGateways();

  /** {@code hostnames}: the authorities the route matches; any if empty. */
  List<String> hostnames();

  /** {@code rules}: the routing rules. */
  List<GRPCRouteRule> rules();

  /** Returns an empty builder of {@code GRPCRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCRouteSpec}. */
  final class Builder extends ImmutableGRPCRouteSpec.Builder
      implements RouteBuilder.RouteSpecBuilder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath parents = path.child("parentRefs");
    RouteChecks.each(parentRefs(), parents, violations);
    ParentReference.validateSectionNamesAndPorts(parentRefs(), parents, violations);
    FieldPath hosts = path.child("hostnames");
    for (int i = 0; i < hostnames().size(); i++) {
      Syntax.gatewayHostname(hostnames().get(i), hosts.index(i), violations);
    }
    FieldPath rulesPath = path.child("rules");
    RouteChecks.each(rules(), rulesPath, violations);
    // unlike HTTPRoute's, GRPCRoute's matches have no default: a rule without matches counts 0
    int matches = rules().stream().mapToInt(r -> r.matches().size()).sum();
    if (matches > 128) { // the CRD's CEL rule on rules
      violations.invalid(rulesPath, "array", "While 16 rules and 64 matches per rule are allowed, "
          + "the total number of matches across all rules in a route must be less than 128");
    }
    if (violations.isExperimentalChannel()) { // a rule of the experimental channel only
      RouteChecks.uniqueRuleNames(rules().stream().map(GRPCRouteRule::name).toList(), rulesPath,
          violations);
    }
  }
}
