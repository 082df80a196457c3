package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.model.ResourceChecks;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A Gateway API {@code GatewayClass}: a cluster-scoped kind of Gateway, served by the controller
 * named in {@code controllerName}; Gateways pick it by {@code gatewayClassName}.
 *
 * <pre>{@code
 * GatewayClass istio = GatewayClass.of("istio", "istio.io/gateway-controller");
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#gatewayclass">GatewayClass</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewayClass.class)
public interface GatewayClass extends GatewayApiResource, WithGatewayClass {

  @Override
  @Value.Derived
  default String kind() {
    return "GatewayClass";
  }

  /**
   * {@code metadata}: a name is required, a namespace forbidden (cluster-scoped). Default: empty,
   * so a missing name is reported.
   */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}. */
  GatewayClassSpec spec();

  /**
   * The GatewayClass {@code name} served by {@code controllerName}: {@code metadata: {name:
   * <name>}, spec: {controllerName: <controllerName>}}, e.g. {@code GatewayClass.of("istio",
   * "istio.io/gateway-controller")}. Default: no parametersRef, no description.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException if the name or the controller name
   *     is invalid
   */
  static GatewayClass of(String name, String controllerName) {
    return builder().name(name).controllerName(controllerName).build();
  }

  /** Returns an empty builder of {@code GatewayClass}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link GatewayClass}; the shortcuts forward to the generated metadata, spec builders.
   */
  final class Builder extends ImmutableGatewayClass.Builder implements ResourceBuilder<Builder> {

    /** Sets {@code spec.controllerName}, e.g. {@code example.net/gateway-controller}. */
    public Builder controllerName(String controllerName) {
      specBuilder().controllerName(controllerName);
      return this;
    }

    /** Sets {@code spec.parametersRef}. */
    public Builder parametersRef(ParametersReference parametersRef) {
      specBuilder().parametersRef(parametersRef);
      return this;
    }

    /** Sets {@code spec.description}: at most 64 characters. */
    public Builder description(String description) {
      specBuilder().description(description);
      return this;
    }
  }

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    ResourceChecks.clusterScoped(this, violations);
    violations.throwIfAny();
  }
}
