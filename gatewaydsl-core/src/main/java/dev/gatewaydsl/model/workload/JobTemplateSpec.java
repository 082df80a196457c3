package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code JobTemplateSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#jobtemplatespec-v1-batch">JobTemplateSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableJobTemplateSpec.class)
public interface JobTemplateSpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code metadata}: {@link ObjectMeta}. Default: empty. */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}: {@link JobSpec}. */
  Optional<JobSpec> spec();

  // End of generated fields.

  /** Returns an empty builder of {@code JobTemplateSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobTemplateSpec}. */
  final class Builder extends ImmutableJobTemplateSpec.Builder {}

  /**
   * As batch/v1 {@code ValidateJobTemplateSpec}: the job's pods, and no selector, as every Job
   * the CronJob makes gets one of its own.
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    metadata().validate(path.child("metadata"), violations);
    FieldPath at = path.child("spec");
    if (spec().isEmpty()) {
      // the API server checks an empty JobSpec: its pod has no containers and no restart policy
      FieldPath pod = at.child("template").child("spec");
      violations.required(pod.child("containers"), "");
      violations.required(pod.child("restartPolicy"), "valid values: \"OnFailure\", \"Never\"");
      return;
    }
    JobSpec job = spec().get();
    PodTemplates.job(job, at, violations);
    job.selector().ifPresent(s -> violations.invalid(at.child("selector"),
        PodTemplates.shown(s), "`selector` will be auto-generated"));
    job.manualSelector().filter(Boolean::booleanValue).ifPresent(m -> violations.notSupported(
        at.child("manualSelector"), m, List.of("nil", "false")));
  }
}
