package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code HTTPRouteMatch.headers}: a request header {@code name} whose value must
 * equal (or, with {@code RegularExpression}, match) {@code value}.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpheadermatch">HTTPHeaderMatch</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPHeaderMatch.class)
public interface HTTPHeaderMatch extends WithHTTPHeaderMatch {

  /** {@code type}: unset means {@code Exact}. */
  Optional<HeaderMatchType> type();

  /** {@code name}: case-insensitive, e.g. {@code X-Version}. */
  String name();

  /** {@code value}: 1 to 4096 characters. */
  String value();

  /** {@code {name: name, value: value}}: the header's value equals {@code value}; type unset. */
  static HTTPHeaderMatch exact(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /** {@code {type: RegularExpression, name: name, value: regex}}. */
  static HTTPHeaderMatch regularExpression(String name, String regex) {
    return builder().type(HeaderMatchType.REGULAR_EXPRESSION).name(name).value(regex).build();
  }

  /** Returns an empty builder of {@code HTTPHeaderMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPHeaderMatch}. */
  final class Builder extends ImmutableHTTPHeaderMatch.Builder {}
}
