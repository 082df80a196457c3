package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code AllowedRoutes.kinds}: a route kind, e.g. {@code HTTPRoute}, and its group. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableRouteGroupKind.class)
public interface RouteGroupKind extends WithRouteGroupKind, Validatable {

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

  @Override
  default void validate(FieldPath path, Violations violations) {
    group().filter(g -> !g.isEmpty())
        .ifPresent(g -> Syntax.dns1123Subdomain(g, path.child("group"), violations));
    Syntax.kind(kind(), path.child("kind"), violations);
  }
}
