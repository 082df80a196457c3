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
 * {@code policy/v1} {@code PodDisruptionBudget}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#poddisruptionbudget-v1-policy">PodDisruptionBudget in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutablePodDisruptionBudget.class)
public interface PodDisruptionBudget extends KubernetesResource {

  /** {@code policy/v1}. */
  String API_VERSION = "policy/v1";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "PodDisruptionBudget";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link PodDisruptionBudgetSpec}, required. */
  PodDisruptionBudgetSpec spec();

  // End of generated fields.

  /**
   * A builder for a budget that keeps at least {@code minAvailable} of {@code target}'s pods (a
   * number, or a percentage such as {@code IntOrString.of("50%")}) up through voluntary
   * disruptions such as node drains. Name, namespace and selector are the Deployment's. {@code
   * forDeployment(web, IntOrString.of(1))} for the Deployment {@code shop/web} selecting {@code
   * app: web} gives:
   *
   * <pre>
   * apiVersion: policy/v1
   * kind: PodDisruptionBudget
   * metadata:
   *   name: web
   *   namespace: shop
   * spec:
   *   minAvailable: 1
   *   selector:
   *     matchLabels:
   *       app: web
   * </pre>
   */
  static Builder forDeployment(Deployment target, IntOrString minAvailable) {
    Builder pdb = builder().name(target.metadata().name());
    if (!target.metadata().namespace().isEmpty()) {
      pdb.namespace(target.metadata().namespace());
    }
    pdb.specBuilder().minAvailable(minAvailable).selector(target.spec().selector());
    return pdb;
  }

  /** Returns an empty builder of {@code PodDisruptionBudget}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodDisruptionBudget}; the shortcuts forward to the generated metadata builder. */
  final class Builder extends ImmutablePodDisruptionBudget.Builder implements ResourceBuilder<Builder> {}

  /** Checks the metadata; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1123_SUBDOMAIN,
        violations);
    violations.throwIfAny();
  }
}
