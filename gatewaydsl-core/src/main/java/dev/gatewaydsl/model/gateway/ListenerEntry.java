package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code ListenerSet.spec.listeners}: a listener added to the parent Gateway, with
 * the fields and rules of a Gateway's {@link Listener}. Write it as a {@code Listener} (with its
 * shortcuts) and convert it with {@link #of(Listener)}.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#listenerentry">ListenerEntry</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableListenerEntry.class)
public interface ListenerEntry extends WithListenerEntry, Validatable, ListenerFields {

  /** {@code name}: unique within the ListenerSet (not across the Gateway and its ListenerSets). */
  @Override
  String name();

  /** {@code hostname}: the host this listener serves; any if unset. Not for TCP and UDP. */
  @Override
  Optional<String> hostname();

  /** {@code port}: 1 to 65535. */
  @Override
  int port();

  /** {@code protocol}: {@code HTTP}, {@code HTTPS}, {@code TLS}, {@code TCP}, {@code UDP}, ... */
  @Override
  String protocol();

  /** {@code tls}: as {@link Listener#tls()}. */
  @Override
  Optional<ListenerTLSConfig> tls();

  /** {@code allowedRoutes}: which routes may attach. Unset means routes of the same namespace. */
  @Override
  Optional<AllowedRoutes> allowedRoutes();

  /**
   * The entry with every field of {@code listener}, e.g. {@code ListenerEntry.of(Listener.https(
   * "shop", 443, "shop-tls"))}. A certificate without namespace is then looked up in the
   * ListenerSet's namespace.
   */
  static ListenerEntry of(Listener listener) {
    return builder().name(listener.name()).hostname(listener.hostname()).port(listener.port())
        .protocol(listener.protocol()).tls(listener.tls())
        .allowedRoutes(listener.allowedRoutes()).build();
  }

  /** Returns an empty builder of {@code ListenerEntry}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListenerEntry}. */
  final class Builder extends ImmutableListenerEntry.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    ListenerFields.validate(this, path, violations);
  }
}
