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
 * The configuration of a {@code CORS} filter: which origins, methods and headers cross-origin
 * requests may use, and how long browsers may cache the answer to a preflight request.
 *
 * <pre>{@code
 * HTTPCORSFilter.allowingOrigins("https://app.example.com")
 *     .withAllowMethods(HTTPMethodWithWildcard.GET, HTTPMethodWithWildcard.POST)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpcorsfilter">HTTPCORSFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPCORSFilter.class)
public interface HTTPCORSFilter extends WithHTTPCORSFilter, Validatable {

  /**
   * {@code allowOrigins}: {@code http(s)://host[:port]}, where a host may start with {@code *.};
   * or {@code *} alone.
   */
  List<String> allowOrigins();

  /** {@code allowCredentials}: unset means false. */
  Optional<Boolean> allowCredentials();

  /** {@code allowMethods}: methods, or {@code *} alone. */
  List<HTTPMethodWithWildcard> allowMethods();

  /** {@code allowHeaders}: header names, or {@code *} alone. */
  List<String> allowHeaders();

  /** {@code exposeHeaders}: response header names scripts may read. */
  List<String> exposeHeaders();

  /** {@code maxAge}: seconds, 1 or more; unset means 5. */
  Optional<Integer> maxAge();

  /** {@code {allowOrigins: [origin, ...]}}; nothing else set. */
  static HTTPCORSFilter allowingOrigins(String origin, String... more) {
    return builder().addAllowOrigin(origin).addAllowOrigins(more).build();
  }

  /** Returns an empty builder of {@code HTTPCORSFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPCORSFilter}. */
  final class Builder extends ImmutableHTTPCORSFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath origins = path.child("allowOrigins");
    RouteChecks.uniqueEntries(allowOrigins(), origins, violations);
    RouteChecks.wildcardAlone(allowOrigins(), origins,
        "AllowOrigins cannot contain '*' alongside other origins", violations);
    FieldPath methods = path.child("allowMethods");
    RouteChecks.uniqueEntries(allowMethods(), methods, violations);
    RouteChecks.wildcardAlone(allowMethods(), methods,
        "AllowMethods cannot contain '*' alongside other methods", violations);
    RouteChecks.uniqueEntries(allowHeaders(), path.child("allowHeaders"), violations);
    RouteChecks.wildcardAlone(allowHeaders(), path.child("allowHeaders"),
        "AllowHeaders cannot contain '*' alongside other methods", violations);
    RouteChecks.uniqueEntries(exposeHeaders(), path.child("exposeHeaders"), violations);
  }
}
