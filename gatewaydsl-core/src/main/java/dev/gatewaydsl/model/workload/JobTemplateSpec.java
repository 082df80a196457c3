package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.ObjectMeta;
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
public interface JobTemplateSpec {

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
}
