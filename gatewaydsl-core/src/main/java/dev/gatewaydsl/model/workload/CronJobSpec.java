package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code CronJobSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#cronjobspec-v1-batch">CronJobSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCronJobSpec.class)
public interface CronJobSpec {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code schedule}: string, required. */
  String schedule();

  /** {@code timeZone}: string. */
  Optional<String> timeZone();

  /** {@code startingDeadlineSeconds}: int64. */
  Optional<Long> startingDeadlineSeconds();

  /** {@code concurrencyPolicy}: string. */
  Optional<String> concurrencyPolicy();

  /** {@code suspend}: boolean. */
  Optional<Boolean> suspend();

  /** {@code jobTemplate}: {@link JobTemplateSpec}, required. */
  JobTemplateSpec jobTemplate();

  /** {@code successfulJobsHistoryLimit}: int32. */
  Optional<Integer> successfulJobsHistoryLimit();

  /** {@code failedJobsHistoryLimit}: int32. */
  Optional<Integer> failedJobsHistoryLimit();

  // End of generated fields.

  /** Returns an empty builder of {@code CronJobSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CronJobSpec}. */
  final class Builder extends ImmutableCronJobSpec.Builder {}
}
