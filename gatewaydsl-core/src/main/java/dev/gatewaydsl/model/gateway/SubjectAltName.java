package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code BackendTLSPolicyValidation.subjectAltNames}: a name the backend's
 * certificate must carry, either a DNS name or a URI, with {@code type} saying which.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#subjectaltname">SubjectAltName</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableSubjectAltName.class)
public interface SubjectAltName extends WithSubjectAltName, Validatable {

  /** {@code type}: {@code Hostname} or {@code URI}. */
  SubjectAltNameType type();

  /** {@code hostname}: set exactly when {@code type} is {@code Hostname}; may start with *. */
  Optional<String> hostname();

  /** {@code uri}: set exactly when {@code type} is {@code URI}, e.g. a SPIFFE ID. */
  Optional<String> uri();

  /** {@code {type: Hostname, hostname: hostname}}. */
  static SubjectAltName ofHostname(String hostname) {
    return builder().type(SubjectAltNameType.HOSTNAME).hostname(hostname).build();
  }

  /** {@code {type: URI, uri: uri}}, e.g. {@code spiffe://cluster.local/ns/shop/sa/api}. */
  static SubjectAltName ofUri(String uri) {
    return builder().type(SubjectAltNameType.URI).uri(uri).build();
  }

  /** Returns an empty builder of {@code SubjectAltName}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SubjectAltName}. */
  final class Builder extends ImmutableSubjectAltName.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    boolean hasHostname = hostname().filter(h -> !h.isEmpty()).isPresent();
    boolean hasUri = uri().filter(u -> !u.isEmpty()).isPresent();
    boolean isHostname = type() == SubjectAltNameType.HOSTNAME;
    boolean isUri = type() == SubjectAltNameType.URI;
    if (isHostname && !hasHostname) {
      violations.invalid(path, "object",
          "SubjectAltName element must contain Hostname, if Type is set to Hostname");
    }
    if (!isHostname && hasHostname) {
      violations.invalid(path, "object",
          "SubjectAltName element must not contain Hostname, if Type is not set to Hostname");
    }
    if (isUri && !hasUri) {
      violations.invalid(path, "object",
          "SubjectAltName element must contain URI, if Type is set to URI");
    }
    if (!isUri && hasUri) {
      violations.invalid(path, "object",
          "SubjectAltName element must not contain URI, if Type is not set to URI");
    }
  }
}
