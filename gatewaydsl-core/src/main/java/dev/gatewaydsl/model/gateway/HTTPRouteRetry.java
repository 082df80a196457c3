package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code HTTPRouteRule.retry} (experimental channel): which response codes make the gateway retry
 * a backend request, how many times, and the base interval between tries.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httprouteretry">HTTPRouteRetry</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteRetry.class)
public interface HTTPRouteRetry extends WithHTTPRouteRetry, Validatable {

  /** {@code codes}: HTTP status codes from 400 to 599, unique. */
  List<Integer> codes();

  /** {@code attempts}: retries after the first try, 1 or more; unset means the implementation's. */
  Optional<Integer> attempts();

  /** {@code backoff}: a Gateway API duration, e.g. {@code 100ms}. */
  Optional<String> backoff();

  /**
   * Retries up to {@code attempts} times on {@code codes}: {@code {codes: [...], attempts:
   * attempts}}; backoff unset (the implementation's).
   */
  static HTTPRouteRetry of(int attempts, int... codes) {
    return builder().attempts(attempts).addCodes(codes).build();
  }

  /** Returns an empty builder of {@code HTTPRouteRetry}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteRetry}. */
  final class Builder extends ImmutableHTTPRouteRetry.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.uniqueEntries(codes(), path.child("codes"), violations);
  }
}
