package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code GRPCRouteMatch.headers}: a request header (metadata) {@code name} whose
 * value must equal (or, with {@code RegularExpression}, match) {@code value}.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcheadermatch">GRPCHeaderMatch</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCHeaderMatch.class)
public interface GRPCHeaderMatch extends WithGRPCHeaderMatch {

  /** {@code type}: unset means {@code Exact}. */
  Optional<GRPCHeaderMatchType> type();

  /** {@code name}: case-insensitive. */
  String name();

  /** {@code value}: 1 to 4096 characters, any. */
  String value();

  /** {@code {name: name, value: value}}; type unset (Exact). */
  static GRPCHeaderMatch exact(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /** Returns an empty builder of {@code GRPCHeaderMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCHeaderMatch}. */
  final class Builder extends ImmutableGRPCHeaderMatch.Builder {}
}
