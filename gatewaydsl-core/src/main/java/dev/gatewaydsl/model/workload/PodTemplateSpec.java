package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/** {@code spec.template} of a workload: the metadata (labels) and spec of its pods. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutablePodTemplateSpec.class)
public interface PodTemplateSpec extends WithPodTemplateSpec, Validatable {

  /** {@code metadata}: usually just labels. Default: empty. */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  PodSpec spec();

  /** Returns an empty builder of {@code PodTemplateSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodTemplateSpec}. */
  final class Builder extends ImmutablePodTemplateSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    metadata().validate(path.child("metadata"), violations);
    spec().validate(path.child("spec"), violations);
  }
}
