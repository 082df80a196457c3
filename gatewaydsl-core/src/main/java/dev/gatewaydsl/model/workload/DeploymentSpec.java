package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code Deployment.spec}: how many pods, which pods, and what they run. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableDeploymentSpec.class)
public interface DeploymentSpec extends WithDeploymentSpec, Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code replicas}: int32. */
  Optional<Integer> replicas();

  /** {@code selector}: {@link LabelSelector}, required. */
  LabelSelector selector();

  /** {@code template}: {@link PodTemplateSpec}, required. */
  PodTemplateSpec template();

  /** {@code strategy}: {@link DeploymentStrategy}. */
  Optional<DeploymentStrategy> strategy();

  /** {@code minReadySeconds}: int32. */
  Optional<Integer> minReadySeconds();

  /** {@code revisionHistoryLimit}: int32. */
  Optional<Integer> revisionHistoryLimit();

  /** {@code paused}: boolean. */
  Optional<Boolean> paused();

  /** {@code progressDeadlineSeconds}: int32. */
  Optional<Integer> progressDeadlineSeconds();

  // End of generated fields.

  /** Returns an empty builder of {@code DeploymentSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeploymentSpec}. */
  final class Builder extends ImmutableDeploymentSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    replicas().filter(r -> r < 0).ifPresent(r -> violations.invalid(path.child("replicas"), r,
        "must be greater than or equal to 0"));
    PodTemplates.selector(selector(), "deployment", template(), path, violations);
    template().validate(path.child("template"), violations);
    PodTemplates.keptRunning(template(), "ReplicaSet", path.child("template"), violations);
    PodTemplates.nonNegative(minReadySeconds(), path.child("minReadySeconds"), violations);
    PodTemplates.nonNegative(revisionHistoryLimit(), path.child("revisionHistoryLimit"),
        violations);
    // apps/v1 makes an unset progressDeadlineSeconds 600
    int progressDeadline = progressDeadlineSeconds().orElse(600);
    PodTemplates.nonNegative(progressDeadlineSeconds(), path.child("progressDeadlineSeconds"),
        violations);
    if (progressDeadline <= minReadySeconds().orElse(0)) {
      violations.invalid(path.child("progressDeadlineSeconds"), progressDeadline,
          "must be greater than minReadySeconds");
    }
  }
}
