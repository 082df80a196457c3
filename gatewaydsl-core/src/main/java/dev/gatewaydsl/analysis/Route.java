package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.BackendRef;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TCPRouteRule;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.TLSRouteRule;
import dev.gatewaydsl.model.gateway.UDPRoute;
import dev.gatewaydsl.model.gateway.UDPRouteRule;
import dev.gatewaydsl.validation.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the route reference checks need of a route, whatever its kind. To check another route kind,
 * add a factory here and list its routes in {@link RouteChecks#routes}.
 *
 * @param resource the route
 * @param group the route's API group, as {@code allowedRoutes.kinds} and ReferenceGrants name it
 * @param parentRefs {@code spec.parentRefs}
 * @param hostnames {@code spec.hostnames}; empty for kinds without hostnames
 * @param backends every backend reference, with its path
 */
record Route(KubernetesResource resource, String group, List<ParentReference> parentRefs,
    List<String> hostnames, List<Backend> backends) {

  /**
   * One backend reference of a route.
   *
   * @param path where it is, e.g. {@code spec.rules[0].backendRefs[1]}
   */
  record Backend(FieldPath path, Optional<String> group, Optional<String> kind, String name,
      Optional<String> namespace, Optional<Integer> port) {

    /** Whether it names a core Service (empty group, kind {@code Service} or unset). */
    boolean isService() {
      return group.orElse("").isEmpty() && kind.orElse("Service").equals("Service");
    }
  }

  String kind() {
    return resource.kind();
  }

  String namespace() {
    return resource.metadata().namespace();
  }

  static Route of(HTTPRoute route) {
    List<Backend> backends = new ArrayList<>();
    FieldPath rules = FieldPath.of("spec", "rules");
    for (int i = 0; i < route.spec().rules().size(); i++) {
      List<HTTPBackendRef> refs = route.spec().rules().get(i).backendRefs();
      for (int j = 0; j < refs.size(); j++) {
        HTTPBackendRef ref = refs.get(j);
        backends.add(new Backend(rules.index(i).child("backendRefs").index(j), ref.group(),
            ref.kind(), ref.name(), ref.namespace(), ref.port()));
      }
    }
    return new Route(route, GatewayApi.GROUP, route.spec().parentRefs(), route.spec().hostnames(),
        backends);
  }

  static Route of(TCPRoute route) {
    return new Route(route, GatewayApi.GROUP, route.spec().parentRefs(), List.of(),
        backends(route.spec().rules().stream().map(TCPRouteRule::backendRefs).toList()));
  }

  static Route of(UDPRoute route) {
    return new Route(route, GatewayApi.GROUP, route.spec().parentRefs(), List.of(),
        backends(route.spec().rules().stream().map(UDPRouteRule::backendRefs).toList()));
  }

  static Route of(TLSRoute route) {
    return new Route(route, GatewayApi.GROUP, route.spec().parentRefs(), route.spec().hostnames(),
        backends(route.spec().rules().stream().map(TLSRouteRule::backendRefs).toList()));
  }

  /** The backends of rules whose backendRefs are plain {@link BackendRef}s. */
  private static List<Backend> backends(List<List<BackendRef>> rules) {
    List<Backend> backends = new ArrayList<>();
    FieldPath at = FieldPath.of("spec", "rules");
    for (int i = 0; i < rules.size(); i++) {
      for (int j = 0; j < rules.get(i).size(); j++) {
        BackendRef ref = rules.get(i).get(j);
        backends.add(new Backend(at.index(i).child("backendRefs").index(j), ref.group(),
            ref.kind(), ref.name(), ref.namespace(), ref.port()));
      }
    }
    return backends;
  }
}
