package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code HTTPRouteMatch.queryParams}: a query parameter {@code name} whose value must
 * equal (or, with {@code RegularExpression}, match) {@code value}.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpqueryparammatch">HTTPQueryParamMatch</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPQueryParamMatch.class)
public interface HTTPQueryParamMatch extends WithHTTPQueryParamMatch {

  /** {@code type}: unset means {@code Exact}. */
  Optional<QueryParamMatchType> type();

  /** {@code name}: compared exactly, e.g. {@code version}. */
  String name();

  /** {@code value}: 1 to 1024 characters. */
  String value();

  /** {@code {name: name, value: value}}: the parameter's value equals {@code value}; type unset. */
  static HTTPQueryParamMatch exact(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /** {@code {type: RegularExpression, name: name, value: regex}}. */
  static HTTPQueryParamMatch regularExpression(String name, String regex) {
    return builder().type(QueryParamMatchType.REGULAR_EXPRESSION).name(name).value(regex)
        .build();
  }

  /** Returns an empty builder of {@code HTTPQueryParamMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPQueryParamMatch}. */
  final class Builder extends ImmutableHTTPQueryParamMatch.Builder {}
}
