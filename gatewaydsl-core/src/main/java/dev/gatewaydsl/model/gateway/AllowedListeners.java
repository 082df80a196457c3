package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code Gateway.spec.allowedListeners}: which ListenerSets may attach to the Gateway. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableAllowedListeners.class)
public interface AllowedListeners extends WithAllowedListeners, Validatable {

  /** {@code namespaces}: unset means {@code from: None}, no ListenerSet. */
  Optional<ListenerNamespaces> namespaces();

  /** {@code allowedListeners: {namespaces: ...}}. */
  static AllowedListeners fromNamespaces(ListenerNamespaces namespaces) {
    return builder().namespaces(namespaces).build();
  }

  /** Returns an empty builder of {@code AllowedListeners}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AllowedListeners}. */
  final class Builder extends ImmutableAllowedListeners.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    namespaces().ifPresent(n -> n.validate(path.child("namespaces"), violations));
  }
}
