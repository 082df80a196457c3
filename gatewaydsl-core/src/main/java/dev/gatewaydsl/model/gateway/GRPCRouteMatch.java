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
 * One entry of {@code GRPCRouteRule.matches}: conditions a request must all meet (gRPC method,
 * headers).
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcroutematch">GRPCRouteMatch</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCRouteMatch.class)
public interface GRPCRouteMatch extends WithGRPCRouteMatch, Validatable {

  /** {@code method}: unset matches every service and method. */
  Optional<GRPCMethodMatch> method();

  /** {@code headers}: all must match; names unique. */
  List<GRPCHeaderMatch> headers();

  /** Matches calls of {@code method} of {@code service}: {@code {method: {service, method}}}. */
  static GRPCRouteMatch method(String service, String method) {
    return builder().method(GRPCMethodMatch.exact(service, method)).build();
  }

  /** Matches calls of every method of {@code service}: {@code {method: {service: service}}}. */
  static GRPCRouteMatch service(String service) {
    return builder().method(GRPCMethodMatch.exactService(service)).build();
  }

  /**
   * Matches calls with the header {@code name} equal to {@code value}, to any method: {@code
   * {headers: [{name: name, value: value}]}}.
   */
  static GRPCRouteMatch header(String name, String value) {
    return builder().addHeader(GRPCHeaderMatch.exact(name, value)).build();
  }

  /** A copy that also requires the header {@code name} to equal {@code value}. */
  default GRPCRouteMatch addHeader(String name, String value) {
    return builder().mergeFrom(this).addHeader(GRPCHeaderMatch.exact(name, value)).build();
  }

  /** Returns an empty builder of {@code GRPCRouteMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCRouteMatch}. */
  final class Builder extends ImmutableGRPCRouteMatch.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    method().ifPresent(m -> m.validate(path.child("method"), violations));
    RouteChecks.uniqueNames(headers(), GRPCHeaderMatch::name, path.child("headers"),
        violations);
  }
}
