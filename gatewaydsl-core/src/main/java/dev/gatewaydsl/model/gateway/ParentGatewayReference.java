package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code ListenerSet.spec.parentRef}: the Gateway the ListenerSet's listeners are added to. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableParentGatewayReference.class)
public interface ParentGatewayReference extends WithParentGatewayReference, Validatable {

  /** {@code group}: unset means {@code gateway.networking.k8s.io}. */
  Optional<String> group();

  /** {@code kind}: unset means {@code Gateway}. */
  Optional<String> kind();

  /** {@code name} of the Gateway. */
  String name();

  /** {@code namespace}: unset means the ListenerSet's namespace. */
  Optional<String> namespace();

  /**
   * The Gateway {@code gateway}: its name and, when set, its namespace. Group and kind are left to
   * their defaults ({@code gateway.networking.k8s.io}, {@code Gateway}).
   */
  static ParentGatewayReference to(Gateway gateway) {
    Builder parent = builder().name(gateway.metadata().name());
    if (!gateway.metadata().namespace().isEmpty()) {
      parent.namespace(gateway.metadata().namespace());
    }
    return parent.build();
  }

  /** Returns an empty builder of {@code ParentGatewayReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParentGatewayReference}. */
  final class Builder extends ImmutableParentGatewayReference.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    group().ifPresent(g -> Syntax.group(g, path.child("group"), violations));
    kind().ifPresent(k -> Syntax.kind(k, path.child("kind"), violations));
    Syntax.objectName(name(), path.child("name"), violations);
    namespace().ifPresent(n -> Syntax.dns1123Label(n, path.child("namespace"), violations));
  }
}
