package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** {@code BackendTLSPolicy.spec}: the targets, how to validate their certificates, and options. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableBackendTLSPolicySpec.class)
public interface BackendTLSPolicySpec extends WithBackendTLSPolicySpec, Validatable {

  /** The most targetRefs a policy may have. */
  int MAX_TARGET_REFS = 16;
  /** The most options a policy may have. */
  int MAX_OPTIONS = 16;
  /** The longest option value. */
  int MAX_OPTION_VALUE = 4096;

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
    if (targetRefs().isEmpty()) {
      violations.required(targets, "");
    } else if (targetRefs().size() > MAX_TARGET_REFS) {
      violations.tooMany(targets, targetRefs().size(), MAX_TARGET_REFS);
    }
    for (int i = 0; i < targetRefs().size(); i++) {
      targetRefs().get(i).validate(targets.index(i), violations);
    }
    if (targetRefs().size() <= MAX_TARGET_REFS) { // CEL rules are skipped once maxItems fails
      LocalPolicyTargetReferenceWithSectionName.validateSectionNames(targetRefs(), targets,
          violations);
    }
    validation().validate(path.child("validation"), violations);
    FieldPath optionsPath = path.child("options");
    if (options().size() > MAX_OPTIONS) {
      violations.tooMany(optionsPath, options().size(), MAX_OPTIONS);
    }
    options().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(e -> e.getValue().length() > MAX_OPTION_VALUE)
        .forEach(e -> violations.tooLong(optionsPath.key(e.getKey()), MAX_OPTION_VALUE));
  }
}
