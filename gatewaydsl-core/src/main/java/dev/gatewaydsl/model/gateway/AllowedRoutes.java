package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code Listener.allowedRoutes}: the namespaces and kinds of routes that may attach. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableAllowedRoutes.class)
public interface AllowedRoutes extends WithAllowedRoutes, Validatable {

  /** {@code namespaces}: unset means {@code from: Same}. */
  Optional<RouteNamespaces> namespaces();

  /** {@code kinds}: unset means the kinds the listener's protocol supports. */
  List<RouteGroupKind> kinds();

  /** {@code allowedRoutes: {namespaces: ...}}. */
  static AllowedRoutes fromNamespaces(RouteNamespaces namespaces) {
    return builder().namespaces(namespaces).build();
  }

  /** Returns an empty builder of {@code AllowedRoutes}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AllowedRoutes}. */
  final class Builder extends ImmutableAllowedRoutes.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    namespaces().ifPresent(n -> n.validate(path.child("namespaces"), violations));
  }
}
