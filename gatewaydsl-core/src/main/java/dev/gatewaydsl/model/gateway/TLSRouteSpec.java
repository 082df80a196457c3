package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/** {@code TLSRoute.spec}: parents, the SNI hostnames to match, and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTLSRouteSpec.class)
public interface TLSRouteSpec extends WithTLSRouteSpec, L4RouteSpec {

  /**
   * {@code hostnames}: the SNI host names to match, optionally with a leading {@code *.}, no IP
   * addresses; 1 to 1024 as {@code v1} and {@code v1alpha3}, up to 1024 as {@code v1alpha2}.
   */
  @Override
  List<String> hostnames();

  /** {@code rules}: exactly one as {@code v1} and {@code v1alpha3}; 1 to 16 as {@code v1alpha2}. */
  @Override
  List<TLSRouteRule> rules();

  /** Returns an empty builder of {@code TLSRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TLSRouteSpec}. */
  final class Builder extends ImmutableTLSRouteSpec.Builder
      implements RouteBuilder.HostnamesSpecBuilder<TLSRouteRule> {}

  /**
   * Checks this spec as {@code apiVersion} serves it: as {@code v1alpha2}, hostnames are optional
   * and not checked by the CEL rules, and up to 16 rules are allowed.
   */
  @Override
  default void validate(String apiVersion, FieldPath path, Violations violations) {
    RouteChecks.parentRefs(parentRefs(), path.child("parentRefs"), violations);
    validateHostnames(!GatewayApi.V1ALPHA2.equals(apiVersion), path.child("hostnames"),
        violations);
    validateRules(apiVersion, path.child("rules"), violations);
  }

  private void validateHostnames(boolean v1Rules, FieldPath path, Violations violations) {
    if (!v1Rules) {
      return;
    }
    if (hostnames().stream().anyMatch(Syntax::isIP)) {
      violations.invalid(path, "array", "Hostnames cannot contain an IP");
    }
    if (hostnames().stream()
        .anyMatch(h -> !h.contains("*") && !Syntax.matchesDns1123Subdomain(h))) {
      violations.invalid(path, "array", "Hostnames must be valid based on RFC-1123");
    }
    if (hostnames().stream().anyMatch(h -> h.contains("*")
        && !(h.startsWith("*.") && Syntax.matchesDns1123Subdomain(h.substring(2))))) {
      violations.invalid(path, "array", "Wildcards on hostnames must be the first label, and the "
          + "rest of hostname must be valid based on RFC-1123");
    }
  }
}
