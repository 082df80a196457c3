package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration of a {@code URLRewrite} filter: the {@code Host} header and path sent to the
 * backend instead of the request's.
 *
 * <pre>{@code
 * HTTPURLRewriteFilter.replacePrefixMatch("/v2").withHostname("api.internal")
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpurlrewritefilter">HTTPURLRewriteFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPURLRewriteFilter.class)
public interface HTTPURLRewriteFilter extends WithHTTPURLRewriteFilter, Validatable {

  /** {@code hostname}: a precise hostname; unset keeps the request's {@code Host}. */
  Optional<String> hostname();

  /** {@code path}: unset keeps the request's path. */
  Optional<HTTPPathModifier> path();

  /** {@code {hostname: hostname}}: the path is kept. */
  static HTTPURLRewriteFilter toHostname(String hostname) {
    return builder().hostname(hostname).build();
  }

  /**
   * {@code {path: {type: ReplacePrefixMatch, replacePrefixMatch: prefix}}}: the matched prefix
   * becomes {@code prefix}. The rule must have exactly one match, a {@code PathPrefix} one.
   */
  static HTTPURLRewriteFilter replacePrefixMatch(String prefix) {
    return builder().path(HTTPPathModifier.replacePrefixMatch(prefix)).build();
  }

  /** {@code {path: {type: ReplaceFullPath, replaceFullPath: path}}}. */
  static HTTPURLRewriteFilter replaceFullPath(String path) {
    return builder().path(HTTPPathModifier.replaceFullPath(path)).build();
  }

  /** Returns an empty builder of {@code HTTPURLRewriteFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPURLRewriteFilter}. */
  final class Builder extends ImmutableHTTPURLRewriteFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    path().ifPresent(p -> p.validate(path.child("path"), violations));
  }
}
