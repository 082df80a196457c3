package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** {@code BackendTLSPolicy.spec}: the targets, how to validate their certificates, and options. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableBackendTLSPolicySpec.class)
public interface BackendTLSPolicySpec extends WithBackendTLSPolicySpec, Validatable {

  /** {@code targetRefs}: 1 to 16 objects, usually Services, whose backends the policy covers. */
  List<LocalPolicyTargetReferenceWithSectionName> targetRefs();

  /** {@code validation}: the host name and CAs the backends' certificates are checked against. */
  BackendTLSPolicyValidation validation();

  /** {@code options}: up to 16 implementation-specific TLS settings, values up to 4096 long. */
  Map<String, String> options();

  /** Returns an empty builder of {@code BackendTLSPolicySpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackendTLSPolicySpec}. */
  final class Builder extends ImmutableBackendTLSPolicySpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath targets = path.child("targetRefs");
    // CEL rules are skipped once maxItems fails
    if (!violations.has(Violation.Type.TOO_MANY, targets)) {
      LocalPolicyTargetReferenceWithSectionName.validateSectionNames(targetRefs(), targets,
          violations);
    }
    validation().validate(path.child("validation"), violations);
  }
}
