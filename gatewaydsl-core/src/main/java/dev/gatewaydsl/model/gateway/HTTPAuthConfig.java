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
 * {@code HTTPExternalAuthFilter.http} (experimental channel): how the gateway talks to an HTTP
 * authorization service. Written as {@code {}} when nothing is set.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpauthconfig">HTTPAuthConfig</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPAuthConfig.class)
public interface HTTPAuthConfig extends WithHTTPAuthConfig, Validatable {

  /** {@code path}: a prefix added to the request path sent to the service. */
  Optional<String> path();

  /** {@code allowedHeaders}: request headers sent besides the ones always sent. */
  List<String> allowedHeaders();

  /** {@code allowedResponseHeaders}: the service's response headers copied to the request. */
  List<String> allowedResponseHeaders();

  /** Nothing set: {@code {}}. */
  static HTTPAuthConfig empty() {
    return builder().build();
  }

  /** Returns an empty builder of {@code HTTPAuthConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPAuthConfig}. */
  final class Builder extends ImmutableHTTPAuthConfig.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath headers = path.child("allowedHeaders");
    RouteChecks.uniqueEntries(allowedHeaders(), headers, violations);
    FieldPath responseHeaders = path.child("allowedResponseHeaders");
    RouteChecks.uniqueEntries(allowedResponseHeaders(), responseHeaders, violations);
  }
}
