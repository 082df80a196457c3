package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code Gateway.spec.addresses}: an address the Gateway asks to be reachable at, an
 * IP address, a hostname or an implementation's named address.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#gatewayspecaddress">GatewaySpecAddress</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewaySpecAddress.class)
public interface GatewaySpecAddress extends WithGatewaySpecAddress, Validatable {

  /** Address type {@code IPAddress}: an IPv4 or IPv6 address; the default type. */
  String IP_ADDRESS = "IPAddress";
  /** Address type {@code Hostname}: a DNS name, optionally with a leading {@code *.}. */
  String HOSTNAME = "Hostname";
  /** Address type {@code NamedAddress}: a name the implementation knows, e.g. a reserved IP. */
  String NAMED_ADDRESS = "NamedAddress";

  /**
   * {@code type}: {@code IPAddress} (the default when unset), {@code Hostname}, {@code
   * NamedAddress} or a domain-prefixed type such as {@code example.com/custom}.
   */
  Optional<String> type();

  /** {@code value}: up to 253 characters; unset asks the implementation to choose one. */
  Optional<String> value();

  /**
   * The IP address {@code ip}: {@code {type: IPAddress, value: <ip>}}, e.g. {@code
   * GatewaySpecAddress.ipAddress("1.2.3.4")}. The type is written although it is the default.
   */
  static GatewaySpecAddress ipAddress(String ip) {
    return builder().type(IP_ADDRESS).value(ip).build();
  }

  /** The hostname {@code hostname}: {@code {type: Hostname, value: <hostname>}}. */
  static GatewaySpecAddress hostname(String hostname) {
    return builder().type(HOSTNAME).value(hostname).build();
  }

  /** The implementation's address {@code name}: {@code {type: NamedAddress, value: <name>}}. */
  static GatewaySpecAddress namedAddress(String name) {
    return builder().type(NAMED_ADDRESS).value(name).build();
  }

  /** The type the API server sees: {@code type}, or {@code IPAddress} when unset. */
  default String effectiveType() {
    return type().orElse(IP_ADDRESS);
  }

  /** Returns an empty builder of {@code GatewaySpecAddress}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewaySpecAddress}. */
  final class Builder extends ImmutableGatewaySpecAddress.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    value().ifPresent(v -> {
      FieldPath at = path.child("value");
      // the CRD states this as oneOf/anyOf formats, which the schema catalog does not carry
      if (effectiveType().equals(IP_ADDRESS) && !Syntax.parsesAsIp(v)) {
        violations.invalid(at, v, "must be an IPv4 or IPv6 address when type is IPAddress");
      }
      // the CRD's rule rejects an empty value too, despite its message
      if (effectiveType().equals(HOSTNAME) && !Syntax.isWildcardHostname(v)) {
        violations.invalid(at, v, "Hostname value must be empty or contain only valid characters "
            + "(matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?"
            + "(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)");
      }
    });
  }
}
