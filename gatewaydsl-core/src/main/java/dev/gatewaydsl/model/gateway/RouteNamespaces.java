package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code AllowedRoutes.namespaces}: {@code from} {@code All}, {@code Same} or {@code Selector}. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableRouteNamespaces.class)
public interface RouteNamespaces extends WithRouteNamespaces, Validatable {

  /** The values {@code from} may take here: every {@link FromNamespaces} but {@code None}. */
  List<FromNamespaces> FROM_VALUES =
      List.of(FromNamespaces.ALL, FromNamespaces.SELECTOR, FromNamespaces.SAME);

  /** {@code from}: unset means {@code Same}. */
  Optional<FromNamespaces> from();

  /** {@code selector}: required when {@code from} is {@code Selector}. */
  Optional<LabelSelector> selector();

  /** {@code from: All}. */
  static RouteNamespaces all() {
    return builder().from(FromNamespaces.ALL).build();
  }

  /** {@code from: Same}. */
  static RouteNamespaces same() {
    return builder().from(FromNamespaces.SAME).build();
  }

  /** {@code from: Selector} with {@code selector}. */
  static RouteNamespaces selector(LabelSelector selector) {
    return builder().from(FromNamespaces.SELECTOR).selector(selector).build();
  }

  /** Returns an empty builder of {@code RouteNamespaces}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RouteNamespaces}. */
  final class Builder extends ImmutableRouteNamespaces.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    selector().ifPresent(s -> s.validate(path.child("selector"), violations));
  }
}
