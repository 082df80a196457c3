package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code AllowedRoutes.kinds}: a route kind, e.g. {@code HTTPRoute}, and its group. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableRouteGroupKind.class)
public interface RouteGroupKind extends WithRouteGroupKind {

  /** {@code group}: unset means {@code gateway.networking.k8s.io}. */
  Optional<String> group();

  /** {@code kind}, e.g. {@code HTTPRoute}. */
  String kind();

  /** The Gateway API route kind {@code kind}, with the group left to its default. */
  static RouteGroupKind of(String kind) {
    return builder().kind(kind).build();
  }

  /** Returns an empty builder of {@code RouteGroupKind}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RouteGroupKind}. */
  final class Builder extends ImmutableRouteGroupKind.Builder {}
}
