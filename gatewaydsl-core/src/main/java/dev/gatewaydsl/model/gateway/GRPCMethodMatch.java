package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * {@code GRPCRouteMatch.method}: the gRPC service (e.g. {@code com.example.User}) and method (e.g.
 * {@code Login}) a request must call; at least one of the two is set.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcmethodmatch">GRPCMethodMatch</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCMethodMatch.class)
public interface GRPCMethodMatch extends WithGRPCMethodMatch, Validatable {

  /** {@code type}: unset means {@code Exact}. */
  Optional<GRPCMethodMatchType> type();

  /** {@code service}: fully qualified, e.g. {@code com.example.User}; unset matches any. */
  Optional<String> service();

  /** {@code method}: e.g. {@code Login}; unset matches any. */
  Optional<String> method();

  /** {@code {service: service, method: method}}: exactly this method; type unset (Exact). */
  static GRPCMethodMatch exact(String service, String method) {
    return builder().service(service).method(method).build();
  }

  /** {@code {service: service}}: every method of this service; type unset (Exact). */
  static GRPCMethodMatch exactService(String service) {
    return builder().service(service).build();
  }

  /** Returns an empty builder of {@code GRPCMethodMatch}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCMethodMatch}. */
  final class Builder extends ImmutableGRPCMethodMatch.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    // type defaults to Exact, so the CEL rule's has(self.type) always holds
    if (service().isEmpty() && method().isEmpty()) {
      violations.invalid(path, "object", "One or both of 'service' or 'method' must be specified");
    }
    if (type().orElse(GRPCMethodMatchType.EXACT) == GRPCMethodMatchType.EXACT) {
      if (service().filter(s -> !Rules.SERVICE.matcher(s).matches()).isPresent()) {
        violations.invalid(path, "object", "service must only contain valid characters "
            + "(matching " + Rules.SERVICE.pattern() + ")");
      }
      if (method().filter(m -> !Rules.METHOD.matcher(m).matches()).isPresent()) {
        violations.invalid(path, "object", "method must only contain valid characters "
            + "(matching " + Rules.METHOD.pattern() + ")");
      }
    }
  }

  /** The CRD's patterns for exact services and methods, compiled once. */
  final class Rules {
    static final Pattern SERVICE =
        Pattern.compile("^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$");
    static final Pattern METHOD = Pattern.compile("^[A-Za-z_][A-Za-z_0-9]*$");

    private Rules() {}
  }
}
