package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.model.ResourceChecks;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code Job}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#job-v1-batch">Job in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableJob.class)
public interface Job extends KubernetesResource {

  /** {@code batch/v1}. */
  String API_VERSION = "batch/v1";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "Job";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link JobSpec}, required. */
  JobSpec spec();

  // End of generated fields.

  /** Returns an empty builder of {@code Job}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Job}; the shortcuts forward to the generated metadata builder and, for {@code
   * volume} and {@code restricted} ({@link PodTemplateBuilder}), to that of {@code spec.template}.
   */
  final class Builder extends ImmutableJob.Builder
      implements ResourceBuilder<Builder>, PodTemplateBuilder<Builder> {

    private boolean restricted;

    @Override
    public PodTemplateSpec.Builder templateBuilder() {
      return specBuilder().templateBuilder();
    }

    @Override
    public Builder restricted() {
      restricted = true;
      return this;
    }

    /** Builds the Job; with {@link #restricted()}, the preset is applied first. */
    @Override
    public Job build() {
      if (restricted) {
        RestrictedSecurity.apply(templateBuilder());
      }
      return super.build();
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1123_SUBDOMAIN,
        violations);
    spec().validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
