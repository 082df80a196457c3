package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code HTTPExternalAuthFilter.grpc} (experimental channel): how the gateway talks to an Envoy
 * {@code ext_authz} gRPC authorization service. Written as {@code {}} when nothing is set.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcauthconfig">GRPCAuthConfig</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCAuthConfig.class)
public interface GRPCAuthConfig extends WithGRPCAuthConfig, Validatable {

  /** {@code allowedHeaders}: request headers sent to the service; all if empty. */
  List<String> allowedHeaders();

  /** Nothing set: {@code {}}, every request header is sent. */
  static GRPCAuthConfig empty() {
    return builder().build();
  }

  /** Returns an empty builder of {@code GRPCAuthConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCAuthConfig}. */
  final class Builder extends ImmutableGRPCAuthConfig.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath headers = path.child("allowedHeaders");
    RouteChecks.uniqueEntries(allowedHeaders(), headers, violations);
  }
}
