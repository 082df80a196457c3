package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/** {@code HTTPRoute.spec}: parents, hostnames and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteSpec.class)
public interface HTTPRouteSpec extends WithHTTPRouteSpec, CommonRouteSpec {

  /** {@code hostnames}: the Host headers the route matches; any if empty. */
  @Override
  List<String> hostnames();

  /** {@code rules}: unset means one rule matching every path with no backend. */
  @Override
  List<HTTPRouteRule> rules();

  /** Returns an empty builder of {@code HTTPRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteSpec}. */
  final class Builder extends ImmutableHTTPRouteSpec.Builder
      implements RouteBuilder.HostnamesSpecBuilder<HTTPRouteRule> {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    // an empty matches list is defaulted to one PathPrefix "/" match by the API server
    int matches = rules().stream().mapToInt(r -> Math.max(1, r.matches().size())).sum();
    RouteChecks.requestRouteSpec(this, matches, path, violations);
  }
}
