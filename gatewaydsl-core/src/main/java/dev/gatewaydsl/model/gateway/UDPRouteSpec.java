package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.List;
import org.immutables.value.Value;

/** {@code UDPRoute.spec}: parents and rules. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableUDPRouteSpec.class)
public interface UDPRouteSpec extends WithUDPRouteSpec, L4RouteSpec {

  /** {@code rules}: exactly one as {@code v1}; 1 to 16 as {@code v1alpha2}. */
  @Override
  List<UDPRouteRule> rules();

  /** Returns an empty builder of {@code UDPRouteSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UDPRouteSpec}. */
  final class Builder extends ImmutableUDPRouteSpec.Builder
      implements RouteBuilder.RouteSpecBuilder<UDPRouteRule> {}
}
