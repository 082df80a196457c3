package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code Gateway.spec.infrastructure}: labels and annotations for the resources the implementation
 * creates for the Gateway (its Deployment, Service, ...), and a per-Gateway {@code parametersRef}.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#gatewayinfrastructure">GatewayInfrastructure</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewayInfrastructure.class)
public interface GatewayInfrastructure extends WithGatewayInfrastructure, Validatable {

  /** {@code labels}: up to 8, with label syntax (a key's prefix at most 252 characters). */
  Map<String, String> labels();

  /** {@code annotations}: up to 16, values up to 4096 characters. */
  Map<String, String> annotations();

  /** {@code parametersRef}: implementation-specific configuration in the Gateway's namespace. */
  Optional<LocalParametersReference> parametersRef();

  /** Returns an empty builder of {@code GatewayInfrastructure}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewayInfrastructure}. */
  final class Builder extends ImmutableGatewayInfrastructure.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath labels = path.child("labels");
    labels().forEach((key, value) -> {
      Syntax.infrastructureKey(key, "label", labels, violations);
    });
    FieldPath annotations = path.child("annotations");
    annotations().forEach((key, value) -> {
      Syntax.infrastructureKey(key, "annotation", annotations, violations);
    });
  }
}
