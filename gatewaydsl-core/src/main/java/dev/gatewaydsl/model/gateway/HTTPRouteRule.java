package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * One entry of {@code HTTPRoute.spec.rules}: requests that match any of {@code matches} pass
 * {@code filters} and go to {@code backendRefs}.
 *
 * <pre>{@code
 * HTTPRouteRule.pathPrefix("/api").backendRef(service, 8080)
 * HTTPRouteRule.header("x-canary", "true").backendRef(canary, 8080).timeouts("10s")
 * HTTPRouteRule.pathPrefix("/").backendRefs(
 *     HTTPBackendRef.to(stable, 8080).withWeight(90),
 *     HTTPBackendRef.to(canary, 8080).withWeight(10))
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httprouterule">HTTPRouteRule</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteRule.class)
public interface HTTPRouteRule extends WithHTTPRouteRule, RouteRule, Validatable {

  /** {@code name}: optional, unique within the route. */
  Optional<String> name();

  /** {@code matches}: any one must match; unset means every request. */
  List<HTTPRouteMatch> matches();

  /** {@code filters}: applied, in order, to matching requests. */
  List<HTTPRouteFilter> filters();

  /** {@code backendRefs}: where matching requests go, split by weight. */
  List<HTTPBackendRef> backendRefs();

  /** {@code timeouts}: unset means the implementation's defaults. */
  Optional<HTTPRouteTimeouts> timeouts();

  /** {@code retry} (experimental channel): unset means the implementation's default. */
  Optional<HTTPRouteRetry> retry();

  /** {@code sessionPersistence} (experimental channel): unset means none. */
  Optional<SessionPersistence> sessionPersistence();

  /** A rule matching paths that start with {@code prefix}, with no backend yet. */
  static HTTPRouteRule pathPrefix(String prefix) {
    return match(HTTPRouteMatch.pathPrefix(prefix));
  }

  /** A rule matching exactly the path {@code path}, with no backend yet. */
  static HTTPRouteRule exactPath(String path) {
    return match(HTTPRouteMatch.exactPath(path));
  }

  /**
   * A rule matching requests whose header {@code name} equals {@code value}, on any path: {@code
   * {matches: [{headers: [{name: name, value: value}]}]}}; no backend yet.
   */
  static HTTPRouteRule header(String name, String value) {
    return match(HTTPRouteMatch.header(name, value));
  }

  /**
   * A rule matching requests whose query parameter {@code name} equals {@code value}, on any
   * path: {@code {matches: [{queryParams: [{name: name, value: value}]}]}}; no backend yet.
   */
  static HTTPRouteRule queryParam(String name, String value) {
    return match(HTTPRouteMatch.queryParam(name, value));
  }

  /**
   * A rule matching requests with the method {@code method}, on any path: {@code {matches:
   * [{method: GET}]}}; no backend yet.
   */
  static HTTPRouteRule method(HTTPMethod method) {
    return match(HTTPRouteMatch.method(method));
  }

  /** A rule with the one match {@code match}, no backend yet. */
  static HTTPRouteRule match(HTTPRouteMatch match) {
    return builder().addMatch(match).build();
  }

  /** A copy with {@link HTTPBackendRef#to(Service, int) HTTPBackendRef.to(service, port)} added. */
  default HTTPRouteRule backendRef(Service service, int port) {
    return backendRef(HTTPBackendRef.to(service, port));
  }

  /** A copy with {@code backendRef} added to {@code backendRefs}. */
  default HTTPRouteRule backendRef(HTTPBackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  /**
   * A copy with {@code first} and {@code more} added to {@code backendRefs}, e.g. a weighted
   * split: {@code backendRefs(HTTPBackendRef.to(stable, 80).withWeight(90),
   * HTTPBackendRef.to(canary, 80).withWeight(10))}.
   */
  default HTTPRouteRule backendRefs(HTTPBackendRef first, HTTPBackendRef... more) {
    return builder().mergeFrom(this).addBackendRef(first).addBackendRefs(more).build();
  }

  /** A copy with {@code filter} added to {@code filters}. */
  default HTTPRouteRule filter(HTTPRouteFilter filter) {
    return builder().mergeFrom(this).addFilter(filter).build();
  }

  /**
   * A copy with {@code timeouts: {request: request}}, replacing any timeouts set before; e.g.
   * {@code "10s"}, {@code "1m30s"}, {@code "0s"} (no timeout).
   */
  default HTTPRouteRule timeouts(String request) {
    return withTimeouts(HTTPRouteTimeouts.request(request));
  }

  /**
   * A copy with {@code timeouts: {request: request, backendRequest: backendRequest}}, replacing
   * any timeouts set before.
   */
  default HTTPRouteRule timeouts(String request, String backendRequest) {
    return withTimeouts(HTTPRouteTimeouts.of(request, backendRequest));
  }

  /** Returns an empty builder of {@code HTTPRouteRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteRule}. */
  final class Builder extends ImmutableHTTPRouteRule.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.each(matches(), path.child("matches"), violations);
    RouteChecks.httpFilters(filters(), path.child("filters"), violations);
    RouteChecks.each(backendRefs(), path.child("backendRefs"), violations);
    timeouts().ifPresent(t -> t.validate(path.child("timeouts"), violations));
    retry().ifPresent(r -> r.validate(path.child("retry"), violations));
    sessionPersistence().ifPresent(s -> s.validate(path.child("sessionPersistence"), violations));

    if (!backendRefs().isEmpty()
        && filters().stream().anyMatch(f -> f.requestRedirect().isPresent())) {
      violations.invalid(path, "object",
          "RequestRedirect filter must not be used together with backendRefs");
    }
    // the four CEL rules below use exists_one, so they only apply when exactly one filter (or
    // exactly one backendRef with exactly one filter) replaces the prefix match
    boolean onePrefixMatch = onePathPrefixMatch();
    if (exactlyOne(filters(), RouteChecks::redirectsPrefixMatch) && !onePrefixMatch) {
      violations.invalid(path, "object", "When using RequestRedirect filter with "
          + "path.replacePrefixMatch, exactly one PathPrefix match must be specified");
    }
    if (exactlyOne(filters(), RouteChecks::rewritesPrefixMatch) && !onePrefixMatch) {
      violations.invalid(path, "object", "When using URLRewrite filter with "
          + "path.replacePrefixMatch, exactly one PathPrefix match must be specified");
    }
    if (exactlyOne(backendRefs(), b -> exactlyOne(b.filters(),
        RouteChecks::redirectsPrefixMatch)) && !onePrefixMatch) {
      violations.invalid(path, "object", "Within backendRefs, when using RequestRedirect filter "
          + "with path.replacePrefixMatch, exactly one PathPrefix match must be specified");
    }
    if (exactlyOne(backendRefs(), b -> exactlyOne(b.filters(),
        RouteChecks::rewritesPrefixMatch)) && !onePrefixMatch) {
      violations.invalid(path, "object", "Within backendRefs, When using URLRewrite filter "
          + "with path.replacePrefixMatch, exactly one PathPrefix match must be specified");
    }
  }

  /**
   * Whether the rule has exactly one match and it is a {@code PathPrefix} one, after the API
   * server's defaults (no matches means one {@code PathPrefix /}, no path or no type means {@code
   * PathPrefix}).
   */
  private boolean onePathPrefixMatch() {
    if (matches().isEmpty()) {
      return true;
    }
    return matches().size() == 1 && matches().get(0).path().flatMap(HTTPPathMatch::type)
        .orElse(PathMatchType.PATH_PREFIX) == PathMatchType.PATH_PREFIX;
  }

  private static <T> boolean exactlyOne(List<T> items, Predicate<T> test) {
    return items.stream().filter(test).count() == 1;
  }
}
