package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code TLSConfig.validation}: the CA certificates that clients' certificates are checked
 * against (mutual TLS), and how strictly.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableFrontendTLSValidation.class)
public interface FrontendTLSValidation extends WithFrontendTLSValidation {

  /** {@code caCertificateRefs}: 1 to 16, e.g. a ConfigMap with the key {@code ca.crt}. */
  List<ObjectReference> caCertificateRefs();

  /** {@code mode}: unset means {@code AllowValidOnly}. */
  Optional<FrontendValidationModeType> mode();

  /**
   * Clients must show a certificate signed by the CA in the ConfigMap {@code configMapName} of the
   * Gateway's namespace: {@code {caCertificateRefs: [{group: "", kind: ConfigMap, name:
   * <configMapName>}]}}. Default: {@code mode} left to {@code AllowValidOnly}.
   */
  static FrontendTLSValidation caCertificateConfigMap(String configMapName) {
    return builder().addCaCertificateRef(ObjectReference.configMap(configMapName)).build();
  }

  /** Returns an empty builder of {@code FrontendTLSValidation}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FrontendTLSValidation}. */
  final class Builder extends ImmutableFrontendTLSValidation.Builder {}
}
