package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.List;
import org.immutables.value.Value;

/** {@code TCPRoute.spec}: parents and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTCPRouteSpec.class)
public interface TCPRouteSpec extends WithTCPRouteSpec, L4RouteSpec {

  /** {@code rules}: exactly one as {@code v1}; 1 to 16 as {@code v1alpha2}. */
  @Override
  List<TCPRouteRule> rules();

  /** Returns an empty builder of {@code TCPRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TCPRouteSpec}. */
  final class Builder extends ImmutableTCPRouteSpec.Builder
      implements RouteBuilder.RouteSpecBuilder<TCPRouteRule> {}
}
