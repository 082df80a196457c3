package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code HTTPRouteRule.matches}: conditions a request must all meet. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteMatch.class)
public interface HTTPRouteMatch extends WithHTTPRouteMatch, Validatable {

  /** {@code path}: unset means {@code PathPrefix} {@code /}. */
  Optional<HTTPPathMatch> path();

  /** Matches paths that start with {@code prefix} (whole segments). */
  static HTTPRouteMatch pathPrefix(String prefix) {
    return builder().path(HTTPPathMatch.pathPrefix(prefix)).build();
  }

  /** Matches exactly the path {@code path}. */
  static HTTPRouteMatch exactPath(String path) {
    return builder().path(HTTPPathMatch.exact(path)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteMatch}. */
  final class Builder extends ImmutableHTTPRouteMatch.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    path().ifPresent(p -> p.validate(path.child("path"), violations));
  }
}
