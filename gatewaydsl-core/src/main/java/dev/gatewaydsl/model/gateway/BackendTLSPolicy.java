package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A Gateway API {@code BackendTLSPolicy}: makes Gateways connect to its target Services over TLS,
 * and says how to check their certificates. It lives in the namespace of its targets.
 *
 * <pre>{@code
 * BackendTLSPolicy policy = BackendTLSPolicy.forService(service, "api.shop.svc.cluster.local")
 *     .caCertificateRef("api-ca")
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#backendtlspolicy">BackendTLSPolicy</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableBackendTLSPolicy.class)
public interface BackendTLSPolicy extends GatewayApiResource, WithBackendTLSPolicy {

  @Override
  @Value.Derived
  default String kind() {
    return "BackendTLSPolicy";
  }

  /** {@code spec}. */
  BackendTLSPolicySpec spec();

  /**
   * A builder for a policy on {@code service} that expects certificates for {@code hostname}.
   * Default: the Service's name and namespace, {@code targetRefs: [{group: "", kind: Service,
   * name: <service name>}]}, {@code validation: {hostname: hostname}}. Add the CAs to trust with
   * {@link Builder#caCertificateRef(String)} or {@link Builder#wellKnownCACertificates(String)}.
   */
  static Builder forService(Service service, String hostname) {
    Builder policy = builder().name(service.metadata().name());
    if (!service.metadata().namespace().isEmpty()) {
      policy.namespace(service.metadata().namespace());
    }
    policy.targetRef(LocalPolicyTargetReferenceWithSectionName.to(service));
    policy.specBuilder().validationBuilder().hostname(hostname);
    return policy;
  }

  /** Returns an empty builder of {@code BackendTLSPolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackendTLSPolicy}; the shortcuts forward to the generated spec builder. */
  final class Builder extends ImmutableBackendTLSPolicy.Builder
      implements ResourceBuilder<Builder> {

    /** Adds {@code targetRef} to {@code spec.targetRefs}. */
    public Builder targetRef(LocalPolicyTargetReferenceWithSectionName targetRef) {
      specBuilder().addTargetRef(targetRef);
      return this;
    }

    /**
     * Adds the ConfigMap {@code configMapName} (in the policy's namespace, with the bundle under
     * {@code ca.crt}) to {@code spec.validation.caCertificateRefs}: {@code {group: "", kind:
     * ConfigMap, name: configMapName}}.
     */
    public Builder caCertificateRef(String configMapName) {
      return caCertificateRef(LocalObjectReference.of("", "ConfigMap", configMapName));
    }

    /** Adds {@code caCertificateRef} to {@code spec.validation.caCertificateRefs}. */
    public Builder caCertificateRef(LocalObjectReference caCertificateRef) {
      specBuilder().validationBuilder().addCaCertificateRef(caCertificateRef);
      return this;
    }

    /**
     * Sets {@code spec.validation.wellKnownCACertificates}, e.g. to {@link
     * BackendTLSPolicyValidation#SYSTEM}.
     */
    public Builder wellKnownCACertificates(String wellKnownCACertificates) {
      specBuilder().validationBuilder().wellKnownCACertificates(wellKnownCACertificates);
      return this;
    }

    /** Adds {@code subjectAltName} to {@code spec.validation.subjectAltNames}. */
    public Builder subjectAltName(SubjectAltName subjectAltName) {
      specBuilder().validationBuilder().addSubjectAltName(subjectAltName);
      return this;
    }

    /** Adds (or replaces) the option {@code key: value} in {@code spec.options}. */
    public Builder option(String key, String value) {
      specBuilder().putOption(key, value);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    spec().validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }
}
