package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * {@code HTTPRouteMatch.path}: the request path compared by {@code type} with {@code value}.
 *
 * <p>For {@code Exact} and {@code PathPrefix}, the value must be an absolute, normalized path, as
 * the CRD's validation rules require: it starts with {@code /}, has no {@code //}, {@code /./},
 * {@code /../}, {@code %2f}, {@code %2F} or {@code #}, does not end in {@code /.} or {@code /..},
 * and uses only URL path characters.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPPathMatch.class)
public interface HTTPPathMatch extends WithHTTPPathMatch, Validatable {

  /** {@code type}: unset means {@code PathPrefix}. */
  Optional<PathMatchType> type();

  /** {@code value}: unset means {@code /}. */
  Optional<String> value();

  /** {@code type: PathPrefix, value: prefix}. */
  static HTTPPathMatch pathPrefix(String prefix) {
    return builder().type(PathMatchType.PATH_PREFIX).value(prefix).build();
  }

  /** {@code type: Exact, value: path}. */
  static HTTPPathMatch exact(String path) {
    return builder().type(PathMatchType.EXACT).value(path).build();
  }

  /** {@code type: RegularExpression, value: regex}. */
  static HTTPPathMatch regularExpression(String regex) {
    return builder().type(PathMatchType.REGULAR_EXPRESSION).value(regex).build();
  }

  /** Returns an empty builder of {@code HTTPPathMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPPathMatch}. */
  final class Builder extends ImmutableHTTPPathMatch.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    String value = value().orElse("/");
    FieldPath at = path.child("value");
    if (type().orElse(PathMatchType.PATH_PREFIX) == PathMatchType.REGULAR_EXPRESSION) {
      return;
    }
    if (!value.startsWith("/")) {
      violations.invalid(at, value, "must start with '/'");
    }
    for (String forbidden : new String[] {"//", "/./", "/../", "%2f", "%2F", "#"}) {
      if (value.contains(forbidden)) {
        violations.invalid(at, value, "must not contain '" + forbidden + "'");
      }
    }
    for (String end : new String[] {"/..", "/."}) {
      if (value.endsWith(end)) {
        violations.invalid(at, value, "must not end with '" + end + "'");
      }
    }
    if (!Rules.PATH_CHARACTERS.matcher(value).matches()) {
      violations.invalid(at, value, "must only contain valid characters (matching "
          + Rules.PATH_CHARACTERS.pattern() + ")");
    }
  }

  /** Patterns compiled once. */
  final class Rules {
    static final Pattern PATH_CHARACTERS =
        Pattern.compile("^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$");

    private Rules() {}
  }
}
