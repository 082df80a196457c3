package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** {@code PodSpec}: the containers of a pod. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutablePodSpec.class)
public interface PodSpec extends WithPodSpec, Validatable {

  /** {@code containers}: at least one, names unique. */
  List<Container> containers();

  /** {@code serviceAccountName}: the ServiceAccount the pods run as; unset means {@code default}. */
  Optional<String> serviceAccountName();

  /** Returns an empty builder of {@code PodSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodSpec}. */
  final class Builder extends ImmutablePodSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath at = path.child("containers");
    if (containers().isEmpty()) {
      violations.required(at, "");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < containers().size(); i++) {
      Container container = containers().get(i);
      container.validate(at.index(i), violations);
      if (!names.add(container.name())) {
        violations.duplicate(at.index(i).child("name"), container.name());
      }
    }
    serviceAccountName().filter(n -> !n.isEmpty()).ifPresent(n ->
        Syntax.dns1123Subdomain(n, path.child("serviceAccountName"), violations));
  }
}
