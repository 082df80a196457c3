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
 * An {@code apps/v1} {@code Deployment}: replicas of a pod template, found by a label selector.
 *
 * <pre>{@code
 * Deployment echo = Deployment.builder().name("echoserver").namespace("default")
 *     .replicas(1)
 *     .selectorLabel("run", "echoserver")
 *     .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
 *         .withPort(8080))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1/">Deployment</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableDeployment.class)
public interface Deployment extends KubernetesResource, WithDeployment {

  /** {@code apps/v1}. */
  String API_VERSION = "apps/v1";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "Deployment";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link DeploymentSpec}, required. */
  DeploymentSpec spec();

  // End of generated fields.

  /** Returns an empty builder of {@code Deployment}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Deployment}; the shortcuts forward to the generated metadata and spec builders
   * (the pod shortcuts, {@code volume} and {@code restricted}, are {@link PodTemplateBuilder}'s).
   */
  final class Builder extends ImmutableDeployment.Builder
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

    /** Builds the Deployment; with {@link #restricted()}, the preset is applied first. */
    @Override
    public Deployment build() {
      if (restricted) {
        RestrictedSecurity.apply(templateBuilder());
      }
      return super.build();
    }

    /** Sets {@code spec.replicas}. */
    public Builder replicas(int replicas) {
      specBuilder().replicas(replicas);
      return this;
    }

    /**
     * Adds {@code key: value} to {@code spec.selector.matchLabels} <em>and</em> to {@code
     * spec.template.metadata.labels}, so the selector always finds the pods.
     */
    public Builder selectorLabel(String key, String value) {
      specBuilder().selectorBuilder().putMatchLabel(key, value);
      specBuilder().templateBuilder().metadataBuilder().putLabel(key, value);
      return this;
    }

    /** Adds {@code container} to {@code spec.template.spec.containers}. */
    public Builder container(Container container) {
      specBuilder().templateBuilder().specBuilder().addContainer(container);
      return this;
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
