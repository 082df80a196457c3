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
 * {@code batch/v1} {@code JobSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#jobspec-v1-batch">JobSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableJobSpec.class)
public interface JobSpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code parallelism}: int32. */
  Optional<Integer> parallelism();

  /** {@code completions}: int32. */
  Optional<Integer> completions();

  /** {@code activeDeadlineSeconds}: int64. */
  Optional<Long> activeDeadlineSeconds();

  /** {@code podFailurePolicy}: {@link PodFailurePolicy}. */
  Optional<PodFailurePolicy> podFailurePolicy();

  /** {@code successPolicy}: {@link SuccessPolicy}. */
  Optional<SuccessPolicy> successPolicy();

  /** {@code backoffLimit}: int32. */
  Optional<Integer> backoffLimit();

  /** {@code backoffLimitPerIndex}: int32. */
  Optional<Integer> backoffLimitPerIndex();

  /** {@code maxFailedIndexes}: int32. */
  Optional<Integer> maxFailedIndexes();

  /** {@code selector}: {@link LabelSelector}. */
  Optional<LabelSelector> selector();

  /** {@code manualSelector}: boolean. */
  Optional<Boolean> manualSelector();

  /** {@code template}: {@link PodTemplateSpec}, required. */
  PodTemplateSpec template();

  /** {@code ttlSecondsAfterFinished}: int32. */
  Optional<Integer> ttlSecondsAfterFinished();

  /** {@code completionMode}: string. */
  Optional<String> completionMode();

  /** {@code suspend}: boolean. */
  Optional<Boolean> suspend();

  /** {@code podReplacementPolicy}: string. */
  Optional<String> podReplacementPolicy();

  /** {@code managedBy}: string. */
  Optional<String> managedBy();

  // End of generated fields.

  /** Returns an empty builder of {@code JobSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobSpec}. */
  final class Builder extends ImmutableJobSpec.Builder {}

  /**
   * As batch/v1 {@code ValidateJobSpec} for a Job: the pod template, and a selector, if given,
   * that selects it (the API server makes one when none is given).
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    PodTemplates.job(this, path, violations);
    selector().ifPresent(s -> {
      s.validate(path.child("selector"), violations);
      PodTemplates.selects(s, template(), path.child("template"), violations);
    });
  }
}
