package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
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
public interface StatefulSetSpec {

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
}
