package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code path} of a redirect or URL rewrite: the whole path replaced ({@code
 * ReplaceFullPath}) or only the part the rule's {@code PathPrefix} match matched ({@code
 * ReplacePrefixMatch}).
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httppathmodifier">HTTPPathModifier</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPPathModifier.class)
public interface HTTPPathModifier extends WithHTTPPathModifier, Validatable {

  /** {@code type}. */
  HTTPPathModifierType type();

  /** {@code replaceFullPath}: set exactly when type is {@code ReplaceFullPath}. */
  Optional<String> replaceFullPath();

  /** {@code replacePrefixMatch}: set exactly when type is {@code ReplacePrefixMatch}. */
  Optional<String> replacePrefixMatch();

  /** {@code {type: ReplaceFullPath, replaceFullPath: path}}. */
  static HTTPPathModifier replaceFullPath(String path) {
    return builder().type(HTTPPathModifierType.REPLACE_FULL_PATH).replaceFullPath(path).build();
  }

  /**
   * {@code {type: ReplacePrefixMatch, replacePrefixMatch: prefix}}. The rule must then have
   * exactly one match, a {@code PathPrefix} one.
   */
  static HTTPPathModifier replacePrefixMatch(String prefix) {
    return builder().type(HTTPPathModifierType.REPLACE_PREFIX_MATCH).replacePrefixMatch(prefix)
        .build();
  }

  /** Returns an empty builder of {@code HTTPPathModifier}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPPathModifier}. */
  final class Builder extends ImmutableHTTPPathModifier.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    boolean fullPath = type() == HTTPPathModifierType.REPLACE_FULL_PATH;
    boolean prefix = type() == HTTPPathModifierType.REPLACE_PREFIX_MATCH;
    if (fullPath && replaceFullPath().isEmpty()) {
      violations.invalid(path, "object",
          "replaceFullPath must be specified when type is set to 'ReplaceFullPath'");
    }
    if (replaceFullPath().isPresent() && !fullPath) {
      violations.invalid(path, "object",
          "type must be 'ReplaceFullPath' when replaceFullPath is set");
    }
    if (prefix && replacePrefixMatch().isEmpty()) {
      violations.invalid(path, "object",
          "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'");
    }
    if (replacePrefixMatch().isPresent() && !prefix) {
      violations.invalid(path, "object",
          "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set");
    }
  }
}
