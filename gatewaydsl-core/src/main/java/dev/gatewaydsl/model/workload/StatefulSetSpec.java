package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code StatefulSetSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#statefulsetspec-v1-apps">StatefulSetSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableStatefulSetSpec.class)
public interface StatefulSetSpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code replicas}: int32. */
  Optional<Integer> replicas();

  /** {@code selector}: {@link LabelSelector}, required. */
  LabelSelector selector();

  /** {@code template}: {@link PodTemplateSpec}, required. */
  PodTemplateSpec template();

  /** {@code volumeClaimTemplates}: a list of {@link PersistentVolumeClaim}. */
  List<PersistentVolumeClaim> volumeClaimTemplates();

  /** {@code serviceName}: string. */
  Optional<String> serviceName();

  /** {@code podManagementPolicy}: string. */
  Optional<String> podManagementPolicy();

  /** {@code updateStrategy}: {@link StatefulSetUpdateStrategy}. */
  Optional<StatefulSetUpdateStrategy> updateStrategy();

  /** {@code revisionHistoryLimit}: int32. */
  Optional<Integer> revisionHistoryLimit();

  /** {@code minReadySeconds}: int32. */
  Optional<Integer> minReadySeconds();

  /** {@code persistentVolumeClaimRetentionPolicy}: {@link StatefulSetPersistentVolumeClaimRetentionPolicy}. */
  Optional<StatefulSetPersistentVolumeClaimRetentionPolicy> persistentVolumeClaimRetentionPolicy();

  /** {@code ordinals}: {@link StatefulSetOrdinals}. */
  Optional<StatefulSetOrdinals> ordinals();

  // End of generated fields.

  /** Returns an empty builder of {@code StatefulSetSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatefulSetSpec}. */
  final class Builder extends ImmutableStatefulSetSpec.Builder {}

  /**
   * As apps/v1 {@code ValidateStatefulSetSpec}: the selector selects the template, whose pods
   * keep running; a volume mount may name a volume claim template.
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    podManagementPolicy().filter(p -> !p.equals("OrderedReady") && !p.equals("Parallel"))
        .ifPresent(p -> violations.invalid(path.child("podManagementPolicy"), p,
            "must be 'OrderedReady' or 'Parallel'"));
    PodTemplates.nonNegative(replicas(), path.child("replicas"), violations);
    PodTemplates.nonNegative(minReadySeconds(), path.child("minReadySeconds"), violations);
    PodTemplates.selector(selector(), "statefulset", template(), path, violations);
    List<String> claims = volumeClaimTemplates().stream().map(c -> c.metadata().name())
        .toList();
    PodTemplates.template(template(), claims, path.child("template"), violations);
    PodTemplates.keptRunning(template(), "StatefulSet", path.child("template"), violations);
  }
}
