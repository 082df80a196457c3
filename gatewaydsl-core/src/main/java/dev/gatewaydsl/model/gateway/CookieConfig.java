package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code SessionPersistence.cookieConfig} (experimental channel): settings of cookie-based
 * session persistence. Written as {@code {}} when nothing is set, which still counts as set.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#cookieconfig">CookieConfig</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableCookieConfig.class)
public interface CookieConfig extends WithCookieConfig {

  /** {@code lifetimeType}: unset means {@code Session}. */
  Optional<CookieLifetimeType> lifetimeType();

  /** {@code {lifetimeType: type}}. */
  static CookieConfig of(CookieLifetimeType lifetimeType) {
    return builder().lifetimeType(lifetimeType).build();
  }

  /** Returns an empty builder of {@code CookieConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CookieConfig}. */
  final class Builder extends ImmutableCookieConfig.Builder {}
}
