package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A Gateway API {@code ListenerSet}: listeners that a team adds to a shared Gateway from its own
 * namespace; the Gateway lets them in with {@code spec.allowedListeners}.
 *
 * <pre>{@code
 * ListenerSet shop = ListenerSet.builder().name("shop").namespace("shop")
 *     .parentRef(gateway)
 *     .listener(Listener.https("shop", 443, "shop-tls").withHostname("shop.example.com"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#listenerset">ListenerSet</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableListenerSet.class)
public interface ListenerSet extends GatewayApiResource, WithListenerSet {

  @Override
  @Value.Derived
  default String kind() {
    return "ListenerSet";
  }

  /** {@code spec}. */
  ListenerSetSpec spec();

  /** Returns an empty builder of {@code ListenerSet}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListenerSet}; the shortcuts forward to the generated spec builder. */
  final class Builder extends ImmutableListenerSet.Builder implements ResourceBuilder<Builder> {

    /**
     * Sets {@code spec.parentRef} to {@code gateway}: its name and, when set, its namespace (see
     * {@link ParentGatewayReference#to(Gateway)}).
     */
    public Builder parentRef(Gateway gateway) {
      specBuilder().parentRef(ParentGatewayReference.to(gateway));
      return this;
    }

    /** Adds {@code listener} to {@code spec.listeners}. */
    public Builder listener(ListenerEntry listener) {
      specBuilder().addListener(listener);
      return this;
    }

    /**
     * Adds {@link ListenerEntry#of(Listener) ListenerEntry.of(listener)} to {@code
     * spec.listeners}, so every {@link Listener} shortcut works here too.
     */
    public Builder listener(Listener listener) {
      return listener(ListenerEntry.of(listener));
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
