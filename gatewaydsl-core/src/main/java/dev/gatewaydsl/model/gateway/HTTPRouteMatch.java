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
 * One entry of {@code HTTPRouteRule.matches}: conditions a request must all meet (path, headers,
 * query parameters, method).
 *
 * <pre>{@code
 * HTTPRouteMatch.pathPrefix("/api").addHeader("x-version", "2").withMethod(HTTPMethod.GET)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httproutematch">HTTPRouteMatch</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteMatch.class)
public interface HTTPRouteMatch extends WithHTTPRouteMatch, Validatable {

  /** {@code path}: unset means {@code PathPrefix} {@code /}. */
  Optional<HTTPPathMatch> path();

  /** {@code headers}: all must match; names unique. */
  List<HTTPHeaderMatch> headers();

  /** {@code queryParams}: all must match; names unique. */
  List<HTTPQueryParamMatch> queryParams();

  /** {@code method}: unset means any method. */
  Optional<HTTPMethod> method();

  /** Matches paths that start with {@code prefix} (whole segments). */
  static HTTPRouteMatch pathPrefix(String prefix) {
    return builder().path(HTTPPathMatch.pathPrefix(prefix)).build();
  }

  /** Matches exactly the path {@code path}. */
  static HTTPRouteMatch exactPath(String path) {
    return builder().path(HTTPPathMatch.exact(path)).build();
  }

  /**
   * Matches requests with the header {@code name} equal to {@code value}, on any path: {@code
   * {headers: [{name: name, value: value}]}}.
   */
  static HTTPRouteMatch header(String name, String value) {
    return builder().addHeader(HTTPHeaderMatch.exact(name, value)).build();
  }

  /**
   * Matches requests with the query parameter {@code name} equal to {@code value}, on any path:
   * {@code {queryParams: [{name: name, value: value}]}}.
   */
  static HTTPRouteMatch queryParam(String name, String value) {
    return builder().addQueryParam(HTTPQueryParamMatch.exact(name, value)).build();
  }

  /** Matches requests with the method {@code method}, on any path: {@code {method: GET}}. */
  static HTTPRouteMatch method(HTTPMethod method) {
    return builder().method(method).build();
  }

  /** A copy that also requires the header {@code name} to equal {@code value}. */
  default HTTPRouteMatch addHeader(String name, String value) {
    return builder().mergeFrom(this).addHeader(HTTPHeaderMatch.exact(name, value)).build();
  }

  /** A copy that also requires the query parameter {@code name} to equal {@code value}. */
  default HTTPRouteMatch addQueryParam(String name, String value) {
    return builder().mergeFrom(this).addQueryParam(HTTPQueryParamMatch.exact(name, value))
        .build();
  }

  /** Returns an empty builder of {@code HTTPRouteMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteMatch}. */
  final class Builder extends ImmutableHTTPRouteMatch.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    path().ifPresent(p -> p.validate(path.child("path"), violations));
    RouteChecks.uniqueNames(headers(), HTTPHeaderMatch::name, path.child("headers"),
        violations);
    RouteChecks.uniqueNames(queryParams(), HTTPQueryParamMatch::name,
        path.child("queryParams"), violations);
  }
}
