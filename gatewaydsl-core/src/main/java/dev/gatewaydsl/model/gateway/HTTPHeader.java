package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import org.immutables.value.Value;

/**
 * One entry of {@code HTTPHeaderFilter.set} or {@code add}: an HTTP header name and value.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpheader">HTTPHeader</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPHeader.class)
public interface HTTPHeader extends WithHTTPHeader {

  /** {@code name}: case-insensitive, e.g. {@code X-Env}. */
  String name();

  /** {@code value}: 1 to 4096 characters. */
  String value();

  /** {@code {name: name, value: value}}. */
  static HTTPHeader of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /** Returns an empty builder of {@code HTTPHeader}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPHeader}. */
  final class Builder extends ImmutableHTTPHeader.Builder {}
}
