package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code ListenerSet.spec.parentRef}: the Gateway the ListenerSet's listeners are added to. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableParentGatewayReference.class)
public interface ParentGatewayReference extends WithParentGatewayReference {

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
}
