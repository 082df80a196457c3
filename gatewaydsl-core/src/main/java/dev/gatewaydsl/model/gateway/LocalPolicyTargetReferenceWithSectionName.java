package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a policy's {@code targetRefs}, e.g. of a BackendTLSPolicy: an object in the
 * policy's namespace, by group, kind and name, optionally one section of it (such as a Service
 * port, by name).
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#localpolicytargetreferencewithsectionname">LocalPolicyTargetReferenceWithSectionName</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableLocalPolicyTargetReferenceWithSectionName.class)
public interface LocalPolicyTargetReferenceWithSectionName
    extends WithLocalPolicyTargetReferenceWithSectionName {

  /** {@code group}: empty for the core group, and then written as {@code group: ""}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code Service}. */
  String kind();

  /** {@code name}. */
  String name();

  /** {@code sectionName}: one part of the target, e.g. a Service port's name; unset means all. */
  Optional<String> sectionName();

  /** The Service {@code service}: {@code {group: "", kind: Service, name: <service name>}}. */
  static LocalPolicyTargetReferenceWithSectionName to(Service service) {
    return builder().group("").kind("Service").name(service.metadata().name()).build();
  }

  /** Returns an empty builder of {@code LocalPolicyTargetReferenceWithSectionName}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalPolicyTargetReferenceWithSectionName}. */
  final class Builder extends ImmutableLocalPolicyTargetReferenceWithSectionName.Builder {}

  /**
   * Two references to the same target (group, kind and name) must both name a section, and
   * different ones: the two CEL rules on a policy's {@code targetRefs}.
   */
  static void validateSectionNames(List<LocalPolicyTargetReferenceWithSectionName> refs,
      FieldPath path, Violations violations) {
    boolean missing = false;
    boolean repeated = false;
    for (int i = 0; i < refs.size(); i++) {
      for (int j = 0; j < refs.size(); j++) {
        LocalPolicyTargetReferenceWithSectionName a = refs.get(i);
        LocalPolicyTargetReferenceWithSectionName b = refs.get(j);
        if (i != j && a.group().equals(b.group()) && a.kind().equals(b.kind())
            && a.name().equals(b.name())) {
          String one = a.sectionName().orElse("");
          String other = b.sectionName().orElse("");
          missing |= one.isEmpty() != other.isEmpty();
          repeated |= one.equals(other);
        }
      }
    }
    if (missing) {
      violations.invalid(path, "array", "sectionName must be specified when targetRefs includes "
          + "2 or more references to the same target");
    }
    if (repeated) {
      violations.invalid(path, "array", "sectionName must be unique when targetRefs includes 2 "
          + "or more references to the same target");
    }
  }
}
