package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.model.ResourceChecks;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code autoscaling/v2} {@code HorizontalPodAutoscaler}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#horizontalpodautoscaler-v2-autoscaling">HorizontalPodAutoscaler in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHorizontalPodAutoscaler.class)
public interface HorizontalPodAutoscaler extends KubernetesResource {

  /** {@code autoscaling/v2}. */
  String API_VERSION = "autoscaling/v2";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "HorizontalPodAutoscaler";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link HorizontalPodAutoscalerSpec}, required. */
  HorizontalPodAutoscalerSpec spec();

  // End of generated fields.

  /**
   * A builder for an autoscaler of {@code target} on its pods' CPU: between {@code minReplicas} and
   * {@code maxReplicas} replicas, aiming at {@code averageUtilization} percent of the CPU they
   * request (so the containers need CPU requests). Name and namespace are the Deployment's. {@code
   * onCpu(web, 2, 10, 70)} for the Deployment {@code shop/web} gives:
   *
   * <pre>
   * apiVersion: autoscaling/v2
   * kind: HorizontalPodAutoscaler
   * metadata:
   *   name: web
   *   namespace: shop
   * spec:
   *   scaleTargetRef:
   *     kind: Deployment
   *     name: web
   *     apiVersion: apps/v1
   *   minReplicas: 2
   *   maxReplicas: 10
   *   metrics:
   *   - type: Resource
   *     resource:
   *       name: cpu
   *       target:
   *         type: Utilization
   *         averageUtilization: 70
   * </pre>
   */
  static Builder onCpu(Deployment target, int minReplicas, int maxReplicas,
      int averageUtilization) {
    Builder hpa = builder().name(target.metadata().name());
    if (!target.metadata().namespace().isEmpty()) {
      hpa.namespace(target.metadata().namespace());
    }
    hpa.specBuilder()
        .scaleTargetRef(CrossVersionObjectReference.builder().kind(target.kind())
            .name(target.metadata().name()).apiVersion(target.apiVersion()).build())
        .minReplicas(minReplicas)
        .maxReplicas(maxReplicas)
        .addMetric(MetricSpec.builder().type("Resource")
            .resource(ResourceMetricSource.builder().name("cpu")
                .target(MetricTarget.builder().type("Utilization")
                    .averageUtilization(averageUtilization).build())
                .build())
            .build());
    return hpa;
  }

  /** Returns an empty builder of {@code HorizontalPodAutoscaler}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HorizontalPodAutoscaler}; the shortcuts forward to the generated metadata builder. */
  final class Builder extends ImmutableHorizontalPodAutoscaler.Builder implements ResourceBuilder<Builder> {}

  /** Checks the metadata; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1123_SUBDOMAIN,
        violations);
    violations.throwIfAny();
  }
}
