package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code BackendTLSPolicy.spec.validation}: how the Gateway checks the backend's certificate: the
 * host name to ask for (SNI) and expect, and the CAs to trust, either from {@code
 * caCertificateRefs} or a well-known set.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#backendtlspolicyvalidation">BackendTLSPolicyValidation</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableBackendTLSPolicyValidation.class)
public interface BackendTLSPolicyValidation extends WithBackendTLSPolicyValidation, Validatable {

  /** {@code System}: the value of {@code wellKnownCACertificates} for the system's CAs. */
  String SYSTEM = "System";

  /** {@code caCertificateRefs}: up to 8 objects holding CA bundles, e.g. ConfigMaps. */
  List<LocalObjectReference> caCertificateRefs();

  /**
   * {@code wellKnownCACertificates}: {@link #SYSTEM} or an implementation's domain-prefixed name;
   * set exactly when {@code caCertificateRefs} is empty.
   */
  Optional<String> wellKnownCACertificates();

  /** {@code hostname}: the SNI host name, and the name the certificate must match. */
  String hostname();

  /** {@code subjectAltNames}: up to 5 names, one of which the certificate must carry instead. */
  List<SubjectAltName> subjectAltNames();

  /** Returns an empty builder of {@code BackendTLSPolicyValidation}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackendTLSPolicyValidation}. */
  final class Builder extends ImmutableBackendTLSPolicyValidation.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath names = path.child("subjectAltNames");
    for (int i = 0; i < subjectAltNames().size(); i++) {
      subjectAltNames().get(i).validate(names.index(i), violations);
    }
    boolean hasRefs = !caCertificateRefs().isEmpty();
    boolean hasWellKnown = wellKnownCACertificates().filter(w -> !w.isEmpty()).isPresent();
    if (hasRefs && hasWellKnown) {
      violations.invalid(path, "object",
          "must not contain both CACertificateRefs and WellKnownCACertificates");
    }
    if (!hasRefs && !hasWellKnown) {
      violations.invalid(path, "object",
          "must specify either CACertificateRefs or WellKnownCACertificates");
    }
  }
}
