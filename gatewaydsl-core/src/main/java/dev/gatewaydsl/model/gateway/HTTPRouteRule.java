package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code HTTPRoute.spec.rules}: requests that match any of {@code matches} go to
 * {@code backendRefs}.
 *
 * <pre>{@code
 * HTTPRouteRule.pathPrefix("/api").backendRef(service, 8080)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httprouterule">HTTPRouteRule</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteRule.class)
public interface HTTPRouteRule extends WithHTTPRouteRule, Validatable {

  /** The most matches a rule may have. */
  int MAX_MATCHES = 64;
  /** The most backendRefs a rule may have. */
  int MAX_BACKEND_REFS = 16;

  /** {@code name}: optional, unique within the route. */
  Optional<String> name();

  /** {@code matches}: any one must match; unset means every request. */
  List<HTTPRouteMatch> matches();

  /** {@code backendRefs}: where matching requests go, split by weight. */
  List<HTTPBackendRef> backendRefs();

  /** A rule matching paths that start with {@code prefix}, with no backend yet. */
  static HTTPRouteRule pathPrefix(String prefix) {
    return builder().addMatch(HTTPRouteMatch.pathPrefix(prefix)).build();
  }

  /** A rule matching exactly the path {@code path}, with no backend yet. */
  static HTTPRouteRule exactPath(String path) {
    return builder().addMatch(HTTPRouteMatch.exactPath(path)).build();
  }

  /** A copy with {@link HTTPBackendRef#to(Service, int) HTTPBackendRef.to(service, port)} added. */
  default HTTPRouteRule backendRef(Service service, int port) {
    return backendRef(HTTPBackendRef.to(service, port));
  }

  /** A copy with {@code backendRef} added to {@code backendRefs}. */
  default HTTPRouteRule backendRef(HTTPBackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteRule}. */
  final class Builder extends ImmutableHTTPRouteRule.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    name().ifPresent(n -> Syntax.dns1123Subdomain(n, path.child("name"), violations));
    FieldPath at = path.child("matches");
    if (matches().size() > MAX_MATCHES) {
      violations.tooMany(at, matches().size(), MAX_MATCHES);
    }
    for (int i = 0; i < matches().size(); i++) {
      matches().get(i).validate(at.index(i), violations);
    }
    FieldPath refs = path.child("backendRefs");
    if (backendRefs().size() > MAX_BACKEND_REFS) {
      violations.tooMany(refs, backendRefs().size(), MAX_BACKEND_REFS);
    }
    for (int i = 0; i < backendRefs().size(); i++) {
      backendRefs().get(i).validate(refs.index(i), violations);
    }
  }
}
