package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route rule's {@code sessionPersistence} (experimental channel): requests of one session go to
 * the same backend endpoint, the session being tracked by a cookie or a header.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#sessionpersistence">SessionPersistence</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableSessionPersistence.class)
public interface SessionPersistence extends WithSessionPersistence, Validatable {

  /** {@code sessionName}: the cookie's or header's name; up to 128 characters. */
  Optional<String> sessionName();

  /** {@code absoluteTimeout}: a Gateway API duration; required for permanent cookies. */
  Optional<String> absoluteTimeout();

  /** {@code type}: unset means {@code Cookie}. */
  Optional<SessionPersistenceType> type();

  /** {@code cookieConfig}: only with type {@code Cookie}. */
  Optional<CookieConfig> cookieConfig();

  /** {@code {sessionName: name, type: Cookie}}. */
  static SessionPersistence cookie(String name) {
    return builder().sessionName(name).type(SessionPersistenceType.COOKIE).build();
  }

  /** {@code {sessionName: name, type: Header}}. */
  static SessionPersistence header(String name) {
    return builder().sessionName(name).type(SessionPersistenceType.HEADER).build();
  }

  /** Returns an empty builder of {@code SessionPersistence}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionPersistence}. */
  final class Builder extends ImmutableSessionPersistence.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    CookieLifetimeType lifetime = cookieConfig().map(c -> c.lifetimeType()
        .orElse(CookieLifetimeType.SESSION)).orElse(null);
    if (lifetime == CookieLifetimeType.PERMANENT && absoluteTimeout().isEmpty()) {
      violations.invalid(path, "object",
          "AbsoluteTimeout must be specified when cookie lifetimeType is Permanent");
    }
    if (cookieConfig().isPresent()
        && type().orElse(SessionPersistenceType.COOKIE) != SessionPersistenceType.COOKIE) {
      violations.invalid(path, "object", "cookieConfig can only be set with type Cookie");
    }
  }
}
