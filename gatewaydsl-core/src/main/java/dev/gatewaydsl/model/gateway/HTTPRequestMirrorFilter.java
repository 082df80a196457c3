package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration of a {@code RequestMirror} filter: a backend that gets a copy of the requests
 * (its responses are ignored), and optionally which share of them, as {@code percent} or {@code
 * fraction}.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httprequestmirrorfilter">HTTPRequestMirrorFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRequestMirrorFilter.class)
public interface HTTPRequestMirrorFilter extends WithHTTPRequestMirrorFilter, Validatable {

  /** {@code backendRef}: where the copies go. */
  BackendObjectReference backendRef();

  /** {@code percent}: 0 to 100; unset (and no fraction) means every request. */
  Optional<Integer> percent();

  /** {@code fraction}: instead of {@code percent}, never both. */
  Optional<Fraction> fraction();

  /**
   * Mirrors every request to the Service {@code service}, port {@code port}: {@code {backendRef:
   * {name: <service name>, port: port}}}. Default: no percent or fraction (all requests), the
   * route's namespace (see {@link BackendObjectReference#to(Service, int)}).
   */
  static HTTPRequestMirrorFilter to(Service service, int port) {
    return builder().backendRef(BackendObjectReference.to(service, port)).build();
  }

  /**
   * A copy whose {@code backendRef} names the namespace of {@code service}, for a Service in
   * another namespace than the route; see {@link BackendObjectReference#inNamespaceOf(Service)}.
   */
  default HTTPRequestMirrorFilter inNamespaceOf(Service service) {
    return withBackendRef(backendRef().inNamespaceOf(service));
  }

  /** Returns an empty builder of {@code HTTPRequestMirrorFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRequestMirrorFilter}. */
  final class Builder extends ImmutableHTTPRequestMirrorFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    backendRef().validate(path.child("backendRef"), violations);
    fraction().ifPresent(f -> f.validate(path.child("fraction"), violations));
    if (percent().isPresent() && fraction().isPresent()) {
      violations.invalid(path, "object",
          "Only one of percent or fraction may be specified in HTTPRequestMirrorFilter");
    }
  }
}
