package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gateway API {@code SecretObjectReference}: an object holding a certificate, a Secret unless
 * {@code group} and {@code kind} say otherwise, e.g. an entry of a listener's {@code
 * tls.certificateRefs}.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableSecretObjectReference.class)
public interface SecretObjectReference extends WithSecretObjectReference {

  /** {@code group}: unset means the core group ({@code ""}). */
  Optional<String> group();

  /** {@code kind}: unset means {@code Secret}. */
  Optional<String> kind();

  /** {@code name}. */
  String name();

  /** {@code namespace}: unset means the referrer's; another namespace needs a ReferenceGrant. */
  Optional<String> namespace();

  /**
   * The Secret {@code name} in the referrer's namespace: {@code {name: <name>}}, group and kind
   * left to their defaults ({@code ""}, {@code Secret}).
   */
  static SecretObjectReference secret(String name) {
    return builder().name(name).build();
  }

  /** Returns an empty builder of {@code SecretObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretObjectReference}. */
  final class Builder extends ImmutableSecretObjectReference.Builder {}
}
