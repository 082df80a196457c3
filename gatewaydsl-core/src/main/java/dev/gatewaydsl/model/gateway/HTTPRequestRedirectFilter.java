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
 * The configuration of a {@code RequestRedirect} filter: the parts of the {@code Location} of the
 * redirect that differ from the request, and the status code.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httprequestredirectfilter">HTTPRequestRedirectFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRequestRedirectFilter.class)
public interface HTTPRequestRedirectFilter extends WithHTTPRequestRedirectFilter, Validatable {

  /** The values {@code scheme} may take. */
  List<String> SCHEMES = List.of("http", "https");
  /** The values {@code statusCode} may take. */
  List<Integer> STATUS_CODES = List.of(301, 302, 303, 307, 308);

  /** {@code scheme}: {@code http} or {@code https}; unset keeps the request's. */
  Optional<String> scheme();

  /** {@code hostname}: a precise hostname; unset keeps the request's {@code Host}. */
  Optional<String> hostname();

  /** {@code path}: unset keeps the request's path. */
  Optional<HTTPPathModifier> path();

  /** {@code port}: unset means the scheme's well-known port, or the listener's. */
  Optional<Integer> port();

  /** {@code statusCode}: 301, 302, 303, 307 or 308; unset means 302. */
  Optional<Integer> statusCode();

  /**
   * The HTTP to HTTPS redirect: {@code {scheme: https, statusCode: 301}}; hostname, path and
   * port unset (the request's, and port 443).
   */
  static HTTPRequestRedirectFilter toHttps() {
    return builder().scheme("https").statusCode(301).build();
  }

  /** {@code {hostname: hostname}}: same scheme, path and port; status code unset (302). */
  static HTTPRequestRedirectFilter toHostname(String hostname) {
    return builder().hostname(hostname).build();
  }

  /** Returns an empty builder of {@code HTTPRequestRedirectFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRequestRedirectFilter}. */
  final class Builder extends ImmutableHTTPRequestRedirectFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    path().ifPresent(p -> p.validate(path.child("path"), violations));
  }
}
