package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * {@code Gateway.spec}: the class of the Gateway, its listeners, and optionally the addresses,
 * infrastructure, ListenerSets and TLS settings it asks for.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#gatewayspec">GatewaySpec</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewaySpec.class)
public interface GatewaySpec extends WithGatewaySpec, Validatable {

  /** {@code gatewayClassName}: the GatewayClass, e.g. {@code istio}. */
  String gatewayClassName();

  /** {@code listeners}: 1 to 64, names unique. */
  List<Listener> listeners();

  /** {@code addresses}: up to 16; IP addresses and hostnames unique. */
  List<GatewaySpecAddress> addresses();

  /** {@code infrastructure}: labels, annotations and parameters for what the Gateway creates. */
  Optional<GatewayInfrastructure> infrastructure();

  /** {@code allowedListeners}: which ListenerSets may attach; unset means none. */
  Optional<AllowedListeners> allowedListeners();

  /** {@code tls}: client certificate validation and the Gateway's client certificate. */
  Optional<GatewayTLSConfig> tls();

  /** {@code defaultScope} (experimental channel): unset means not a default Gateway. */
  Optional<GatewayDefaultScope> defaultScope();

  /** Returns an empty builder of {@code GatewaySpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewaySpec}. */
  final class Builder extends ImmutableGatewaySpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    ListenerFields.validateAll(listeners(), path.child("listeners"), violations);
    validateAddresses(addresses(), path.child("addresses"), violations);
    infrastructure().ifPresent(i -> i.validate(path.child("infrastructure"), violations));
    allowedListeners().ifPresent(a -> a.validate(path.child("allowedListeners"), violations));
    tls().ifPresent(t -> t.validate(path.child("tls"), violations));
  }

  private static void validateAddresses(List<GatewaySpecAddress> addresses, FieldPath at,
      Violations violations) {
    // the CRD's two CEL rules: IPAddress values unique, Hostname values unique
    Set<List<String>> seen = new HashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      GatewaySpecAddress address = addresses.get(i);
      address.validate(at.index(i), violations);
      String type = address.effectiveType();
      boolean unique = type.equals(GatewaySpecAddress.IP_ADDRESS)
          || type.equals(GatewaySpecAddress.HOSTNAME);
      if (unique && address.value().isPresent()
          && !seen.add(List.of(type, address.value().get()))) {
        violations.add(new Violation(Violation.Type.DUPLICATE, at.index(i).child("value"),
            address.value().get(), type + " values must be unique"));
      }
    }
  }
}
