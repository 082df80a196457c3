package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.model.ResourceChecks;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A core {@code v1} {@code ServiceAccount}: the identity pods run as, named by a pod's {@code
 * spec.serviceAccountName}. Only its metadata is modelled.
 *
 * <pre>{@code
 * ServiceAccount sa = ServiceAccount.builder().name("echoserver-istio").namespace("default").build();
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/service-account-v1/">ServiceAccount</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableServiceAccount.class)
public interface ServiceAccount extends KubernetesResource, WithServiceAccount {

  /** {@code v1}. */
  String API_VERSION = "v1";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "ServiceAccount";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code secrets}: a list of {@link ObjectReference}. */
  List<ObjectReference> secrets();

  /** {@code imagePullSecrets}: a list of {@link LocalObjectReference}. */
  List<LocalObjectReference> imagePullSecrets();

  /** {@code automountServiceAccountToken}: boolean. */
  Optional<Boolean> automountServiceAccountToken();

  // End of generated fields.

  /** Returns an empty builder of {@code ServiceAccount}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceAccount}; the shortcuts forward to the generated metadata builder. */
  final class Builder extends ImmutableServiceAccount.Builder
      implements ResourceBuilder<Builder> {}

  /** Checks the metadata; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1123_SUBDOMAIN,
        violations);
    violations.throwIfAny();
  }
}
