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
 * A core {@code v1} {@code Service}: a stable name and ports in front of the pods its selector
 * picks. Routes send traffic to Services.
 *
 * <pre>{@code
 * Service svc = Service.exposing(deployment, 8080).build();
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/">Service</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableService.class)
public interface Service extends KubernetesResource, WithService {

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
    return "Service";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link ServiceSpec}, required. */
  ServiceSpec spec();

  // End of generated fields.

  /**
   * A builder for a Service in front of {@code deployment}, on {@code port}. Default: the
   * Deployment's name and namespace, its {@code spec.selector.matchLabels} as the selector, and one
   * port {@code {port: port, protocol: TCP, targetPort: port}}. Add more with the builder.
   *
   * @throws IllegalArgumentException if the Deployment selects by matchExpressions, which a
   *     Service selector cannot express
   */
  static Builder exposing(Deployment deployment, int port) {
    if (!deployment.spec().selector().matchExpressions().isEmpty()) {
      throw new IllegalArgumentException("Deployment \"" + deployment.metadata().name()
          + "\" selects pods by matchExpressions, which a Service selector cannot express; "
          + "build the Service with an explicit selector instead");
    }
    Builder service = builder().name(deployment.metadata().name());
    if (!deployment.metadata().namespace().isEmpty()) {
      service.namespace(deployment.metadata().namespace());
    }
    service.specBuilder()
        .putAllSelector(deployment.spec().selector().matchLabels())
        .addPort(ServicePort.of(port).withProtocol(Protocol.TCP).withTargetPort(IntOrString.of(port)));
    return service;
  }

  /** Returns an empty builder of {@code Service}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Service}; the shortcuts forward to the generated metadata and spec builders. */
  final class Builder extends ImmutableService.Builder implements ResourceBuilder<Builder> {

    /** Adds {@code port} to {@code spec.ports}. */
    public Builder port(ServicePort port) {
      specBuilder().addPort(port);
      return this;
    }

    /** Adds {@code key: value} to {@code spec.selector}. */
    public Builder selector(String key, String value) {
      specBuilder().putSelector(key, value);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1035_LABEL,
        violations);
    spec().validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
