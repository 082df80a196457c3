package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * {@code HTTPRouteRule.timeouts}: how long the gateway waits for a whole request ({@code
 * request}) and for one call to a backend ({@code backendRequest}), as Gateway API durations such
 * as {@code 10s} or {@code 1m30s}; {@code 0s} turns a timeout off.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httproutetimeouts">HTTPRouteTimeouts</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteTimeouts.class)
public interface HTTPRouteTimeouts extends WithHTTPRouteTimeouts, Validatable {

  /** {@code request}: unset means the implementation's default. */
  Optional<String> request();

  /** {@code backendRequest}: at most {@code request} unless that is {@code 0s}. */
  Optional<String> backendRequest();

  /** {@code {request: request}}. */
  static HTTPRouteTimeouts request(String request) {
    return builder().request(request).build();
  }

  /** {@code {request: request, backendRequest: backendRequest}}. */
  static HTTPRouteTimeouts of(String request, String backendRequest) {
    return builder().request(request).backendRequest(backendRequest).build();
  }

  /** Returns an empty builder of {@code HTTPRouteTimeouts}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteTimeouts}. */
  final class Builder extends ImmutableHTTPRouteTimeouts.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    // as in CEL, a value that is no Gateway API duration is still compared if it can be read
    OptionalLong request = request().map(Syntax::durationMillis).orElse(OptionalLong.empty());
    OptionalLong backend = backendRequest().map(Syntax::durationMillis)
        .orElse(OptionalLong.empty());
    if (request.isPresent() && backend.isPresent() && request.getAsLong() != 0
        && backend.getAsLong() > request.getAsLong()) {
      violations.invalid(path, "object",
          "backendRequest timeout cannot be longer than request timeout");
    }
  }
}
