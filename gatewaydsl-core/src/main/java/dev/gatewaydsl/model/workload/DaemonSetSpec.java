package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code DaemonSetSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#daemonsetspec-v1-apps">DaemonSetSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableDaemonSetSpec.class)
public interface DaemonSetSpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code selector}: {@link LabelSelector}, required. */
  LabelSelector selector();

  /** {@code template}: {@link PodTemplateSpec}, required. */
  PodTemplateSpec template();

  /** {@code updateStrategy}: {@link DaemonSetUpdateStrategy}. */
  Optional<DaemonSetUpdateStrategy> updateStrategy();

  /** {@code minReadySeconds}: int32. */
  Optional<Integer> minReadySeconds();

  /** {@code revisionHistoryLimit}: int32. */
  Optional<Integer> revisionHistoryLimit();

  // End of generated fields.

  /** Returns an empty builder of {@code DaemonSetSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DaemonSetSpec}. */
  final class Builder extends ImmutableDaemonSetSpec.Builder {}

  /** As apps/v1 {@code ValidateDaemonSetSpec}: the selector selects the template, whose pods keep running. */
  @Override
  default void validate(FieldPath path, Violations violations) {
    PodTemplates.selector(selector(), "daemonset", template(), path, violations);
    template().validate(path.child("template"), violations);
    PodTemplates.keptRunning(template(), "DaemonSet", path.child("template"), violations);
    PodTemplates.nonNegative(minReadySeconds(), path.child("minReadySeconds"), violations);
    PodTemplates.nonNegative(revisionHistoryLimit(), path.child("revisionHistoryLimit"),
        violations);
  }
}
