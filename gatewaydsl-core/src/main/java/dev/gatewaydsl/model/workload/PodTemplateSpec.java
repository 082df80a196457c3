package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Set;
import org.immutables.value.Value;

/** {@code spec.template} of a workload: the metadata (labels) and spec of its pods. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutablePodTemplateSpec.class)
public interface PodTemplateSpec extends WithPodTemplateSpec, Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code metadata}: {@link ObjectMeta}. Default: empty. */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}: {@link PodSpec}, required. */
  PodSpec spec();

  // End of generated fields.

  /** Returns an empty builder of {@code PodTemplateSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodTemplateSpec}. */
  final class Builder extends ImmutablePodTemplateSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    PodTemplates.template(this, Set.of(), path, violations);
  }
}
