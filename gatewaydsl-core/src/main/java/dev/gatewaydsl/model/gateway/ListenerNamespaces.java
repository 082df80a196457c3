package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code Gateway.spec.allowedListeners.namespaces}: the namespaces whose ListenerSets may attach
 * to the Gateway.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableListenerNamespaces.class)
public interface ListenerNamespaces extends WithListenerNamespaces, Validatable {

  /** {@code from}: unset means {@code None}. */
  Optional<FromNamespaces> from();

  /** {@code selector}: required when {@code from} is {@code Selector}. */
  Optional<LabelSelector> selector();

  /** {@code from: All}. */
  static ListenerNamespaces all() {
    return builder().from(FromNamespaces.ALL).build();
  }

  /** {@code from: Same}. */
  static ListenerNamespaces same() {
    return builder().from(FromNamespaces.SAME).build();
  }

  /** {@code from: None}. */
  static ListenerNamespaces none() {
    return builder().from(FromNamespaces.NONE).build();
  }

  /** {@code from: Selector} with {@code selector}. */
  static ListenerNamespaces selector(LabelSelector selector) {
    return builder().from(FromNamespaces.SELECTOR).selector(selector).build();
  }

  /** Returns an empty builder of {@code ListenerNamespaces}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListenerNamespaces}. */
  final class Builder extends ImmutableListenerNamespaces.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    selector().ifPresent(s -> s.validate(path.child("selector"), violations));
  }
}
