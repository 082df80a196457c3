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
 * {@code networking/v1} {@code NetworkPolicy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#networkpolicy-v1-networking-k8s-io">NetworkPolicy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableNetworkPolicy.class)
public interface NetworkPolicy extends KubernetesResource {

  /** {@code networking.k8s.io/v1}. */
  String API_VERSION = "networking.k8s.io/v1";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "NetworkPolicy";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link NetworkPolicySpec}, required. */
  NetworkPolicySpec spec();

  // End of generated fields.

  /** Returns an empty builder of {@code NetworkPolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicy}; the shortcuts forward to the generated metadata builder. */
  final class Builder extends ImmutableNetworkPolicy.Builder implements ResourceBuilder<Builder> {}

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
