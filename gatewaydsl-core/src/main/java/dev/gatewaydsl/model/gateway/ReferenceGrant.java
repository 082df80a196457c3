package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ResourceBuilder;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.Violations;
import org.immutables.value.Value;

/**
 * A Gateway API {@code ReferenceGrant}: lives in the namespace of the referenced objects ({@code
 * to}) and allows objects of other namespaces ({@code from}) to reference them, e.g. an HTTPRoute
 * in {@code shop} sending traffic to a Service in {@code payments}.
 *
 * <pre>{@code
 * ReferenceGrant grant = ReferenceGrant.allowing(route, service);
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#referencegrant">ReferenceGrant</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableReferenceGrant.class)
public interface ReferenceGrant extends GatewayApiResource, WithReferenceGrant {

  @Override
  @Value.Derived
  default String kind() {
    return "ReferenceGrant";
  }

  /** {@code spec}. */
  ReferenceGrantSpec spec();

  /**
   * A grant in the Service's namespace that lets {@code route}'s namespace reference {@code
   * service}: {@code from: [{group: gateway.networking.k8s.io, kind: <route kind>, namespace:
   * <route namespace>}]}, {@code to: [{group: "", kind: Service, name: <service name>}]}. Default
   * name: {@code <route namespace>-<route kind lower-case>-to-<service name>}, cut to 253
   * characters. The grant is for the route's {@link GatewayApiTarget}, so its {@code apiVersion}
   * is one that target serves ({@code v1beta1} where {@code v1} is not served, e.g. Gateway API
   * v1.2.1 to v1.4.1).
   *
   * @throws IllegalArgumentException if either object has no namespace, or both have the same
   */
  static ReferenceGrant allowing(KubernetesResource route, Service service) {
    String from = route.metadata().namespace();
    String to = service.metadata().namespace();
    if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
      throw new IllegalArgumentException("a ReferenceGrant needs two different namespaces; "
          + route.kind() + " \"" + route.metadata().name() + "\" is in \"" + from
          + "\" and Service \"" + service.metadata().name() + "\" in \"" + to + "\"");
    }
    String name = from + "-" + route.kind().toLowerCase(java.util.Locale.ROOT) + "-to-"
        + service.metadata().name();
    Builder grant = builder();
    if (route instanceof GatewayApiResource r) {
      grant.target(r.target());
    }
    return grant.name(name.length() > 253 ? name.substring(0, 253) : name).namespace(to)
        .spec(ReferenceGrantSpec.builder()
            .addFrom(ReferenceGrantFrom.of(GatewayApi.GROUP, route.kind(), from))
            .addTo(ReferenceGrantTo.of("", "Service").withName(service.metadata().name()))
            .build())
        .build();
  }

  /** Returns an empty builder of {@code ReferenceGrant}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceGrant}. */
  final class Builder extends ImmutableReferenceGrant.Builder
      implements ResourceBuilder<Builder> {}

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = GatewayApiTarget.start(this);
    violations.throwIfAny();
  }
}
