package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code Listener.tls}: whether the listener terminates TLS, with which certificates, or passes it
 * through.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#listenertlsconfig">ListenerTLSConfig</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableListenerTLSConfig.class)
public interface ListenerTLSConfig extends WithListenerTLSConfig, Validatable {

  /** {@code mode}: unset means {@code Terminate}. */
  Optional<TLSModeType> mode();

  /** {@code certificateRefs}: up to 64; with {@code Terminate}, these or {@code options}. */
  List<SecretObjectReference> certificateRefs();

  /** {@code options}: implementation-specific settings, up to 16, values up to 4096 characters. */
  Map<String, String> options();

  /**
   * TLS terminated with the certificate in the Secret {@code secretName} of the referrer's
   * namespace: {@code {certificateRefs: [{name: <secretName>}]}}. Default: {@code mode} left to
   * {@code Terminate}, group and kind to {@code ""} and {@code Secret}.
   */
  static ListenerTLSConfig terminate(String secretName) {
    return builder().addCertificateRef(SecretObjectReference.secret(secretName)).build();
  }

  /** TLS passed through to the backends undeciphered: {@code {mode: Passthrough}}. */
  static ListenerTLSConfig passthrough() {
    return builder().mode(TLSModeType.PASSTHROUGH).build();
  }

  /** Returns an empty builder of {@code ListenerTLSConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListenerTLSConfig}. */
  final class Builder extends ImmutableListenerTLSConfig.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    // the CRD's rule sees the defaulted mode, and empty lists and maps are not written
    if (mode().orElse(TLSModeType.TERMINATE) == TLSModeType.TERMINATE
        && certificateRefs().isEmpty() && options().isEmpty()) {
      violations.invalid(path, "object",
          "certificateRefs or options must be specified when mode is Terminate");
    }
  }
}
