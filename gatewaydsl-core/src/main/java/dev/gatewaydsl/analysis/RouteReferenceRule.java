package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.gateway.AllowedRoutes;
import dev.gatewaydsl.model.gateway.CommonBackendRef;
import dev.gatewaydsl.model.gateway.FromNamespaces;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.Route;
import dev.gatewaydsl.model.gateway.RouteRule;
import dev.gatewaydsl.model.kinds.Kinds;
import dev.gatewaydsl.model.gateway.RouteGroupKind;
import dev.gatewaydsl.model.gateway.RouteNamespaces;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.validation.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The references of routes: their parent Gateways and listeners, and their backends (Services,
 * and objects of other kinds where the set holds that kind). Runs the same code for every route
 * kind in {@link #routes}.
 */
final class RouteReferenceRule implements AnalysisRule {

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (Route route : routes(resources)) {
      checkParents(route, resources, report);
      checkBackends(route, resources, report);
    }
  }

  /** Every route of the set, of every kind. */
  static List<Route> routes(ResourceSet resources) {
    return resources.ofType(Route.class);
  }

  /**
   * One backend reference of a route, with its path.
   *
   * @param path where it is, e.g. {@code spec.rules[0].backendRefs[1]}
   * @param ref the reference
   */
  private record Backend(FieldPath path, CommonBackendRef ref) {}

  /** Every backend reference of {@code route}, in rule order. */
  private static List<Backend> backends(Route route) {
    List<Backend> backends = new ArrayList<>();
    FieldPath rules = FieldPath.of("spec", "rules");
    List<? extends RouteRule> ruleList = route.spec().rules();
    for (int i = 0; i < ruleList.size(); i++) {
      List<? extends CommonBackendRef> refs = ruleList.get(i).backendRefs();
      for (int j = 0; j < refs.size(); j++) {
        backends.add(new Backend(rules.index(i).child("backendRefs").index(j), refs.get(j)));
      }
    }
    return backends;
  }

  private static String namespace(Route route) {
    return route.metadata().namespace();
  }

  /** The route's API group, as {@code allowedRoutes.kinds} and ReferenceGrants name it. */
  private static String group(Route route) {
    return Kinds.group(route.apiVersion());
  }

  private static void checkParents(Route route, ResourceSet resources,
      Consumer<Diagnostic> report) {
    FieldPath parents = FieldPath.of("spec", "parentRefs");
    List<ParentReference> parentRefs = route.spec().parentRefs();
    for (int i = 0; i < parentRefs.size(); i++) {
      ParentReference parent = parentRefs.get(i);
      boolean isGateway = parent.group().orElse(GatewayApi.GROUP).equals(GatewayApi.GROUP)
          && parent.kind().orElse("Gateway").equals("Gateway");
      if (isGateway) {
        checkParent(route, parent, parents.index(i), resources, report);
      }
    }
  }

  private static void checkParent(Route route, ParentReference parent, FieldPath at,
      ResourceSet resources, Consumer<Diagnostic> report) {
    String namespace = parent.namespace().orElse(namespace(route));
    Optional<Gateway> found = resources.find(Gateway.class, namespace, parent.name());
    String gatewayName = "Gateway \"" + Diagnostic.qualifiedName(namespace, parent.name()) + "\"";
    if (found.isEmpty()) {
      report.accept(Diagnostic.of(DiagnosticCode.PARENT_NOT_FOUND, route, at,
          gatewayName + " is not in the set"));
      return;
    }
    Gateway gateway = found.get();
    List<Listener> listeners = gateway.spec().listeners();
    List<Listener> selected = listeners.stream()
        .filter(l -> parent.sectionName().map(l.name()::equals).orElse(true))
        .filter(l -> parent.port().map(p -> l.port() == p).orElse(true))
        .toList();
    if (selected.isEmpty()) {
      String listing = listeners.stream()
          .map(l -> "\"" + l.name() + "\" (port " + l.port() + ")")
          .collect(Collectors.joining(", "));
      String wanted = parent.sectionName().map(s -> "listener \"" + s + "\"").orElse("listener")
          + parent.port().map(p -> " on port " + p).orElse("");
      FieldPath field = at.child(parent.sectionName().isPresent() ? "sectionName" : "port");
      report.accept(Diagnostic.of(DiagnosticCode.NO_MATCHING_PARENT, route, field,
          gatewayName + " has no " + wanted + "; its listeners are " + listing));
      return;
    }
    List<String> refusals = new ArrayList<>();
    List<Listener> taking = new ArrayList<>();
    for (Listener listener : selected) {
      Optional<String> refusal = refusal(listener, gateway, route, resources);
      refusal.ifPresentOrElse(refusals::add, () -> taking.add(listener));
    }
    if (taking.isEmpty()) {
      report.accept(Diagnostic.of(DiagnosticCode.NOT_ALLOWED_BY_LISTENERS, route, at,
          gatewayName + " does not take the route: " + String.join("; ", refusals)));
      return;
    }
    if (!route.spec().hostnames().isEmpty()
        && taking.stream().noneMatch(l -> intersects(l, route.spec().hostnames()))) {
      String listing = taking.stream()
          .map(l -> "\"" + l.hostname().orElse("") + "\" (listener \"" + l.name() + "\")")
          .collect(Collectors.joining(", "));
      report.accept(Diagnostic.of(DiagnosticCode.NO_MATCHING_LISTENER_HOSTNAME, route,
          FieldPath.of("spec", "hostnames"), "no hostname intersects those of " + gatewayName
              + "'s listeners: " + listing));
    }
  }

  /** Why {@code listener} does not take {@code route}, if it does not. */
  private static Optional<String> refusal(Listener listener, Gateway gateway, Route route,
      ResourceSet resources) {
    String name = "listener \"" + listener.name() + "\"";
    Optional<AllowedRoutes> allowed = listener.allowedRoutes();
    RouteNamespaces namespaces = allowed.flatMap(AllowedRoutes::namespaces)
        .orElse(RouteNamespaces.same());
    FromNamespaces from = namespaces.from().orElse(FromNamespaces.SAME);
    String routeNamespace = namespace(route);
    if (from == FromNamespaces.SAME
        && !routeNamespace.equals(gateway.metadata().namespace())) {
      return Optional.of(name + " takes routes from namespace \""
          + gateway.metadata().namespace() + "\" only, not from \"" + routeNamespace + "\"");
    }
    if (from == FromNamespaces.SELECTOR) {
      Map<String, String> labels = resources.namespaceLabels(routeNamespace);
      LabelSelector selector = namespaces.selector().orElse(LabelSelector.builder().build());
      if (!selector.matches(labels)) {
        return Optional.of(name + " takes routes from namespaces selected by "
            + Selectors.describe(selector) + "; namespace \"" + routeNamespace + "\" has labels " + labels);
      }
    }
    List<RouteGroupKind> kinds = allowed.map(AllowedRoutes::kinds).orElse(List.of());
    if (!kinds.isEmpty()) {
      boolean listed = kinds.stream().anyMatch(k -> k.kind().equals(route.kind())
          && k.group().orElse(GatewayApi.GROUP).equals(group(route)));
      if (!listed) {
        return Optional.of(name + " takes kinds " + kinds.stream().map(RouteGroupKind::kind)
            .collect(Collectors.joining(", ")) + " only, not " + route.kind());
      }
    } else {
      List<String> byProtocol = Kinds.routeKindsFor(listener.protocol());
      if (!byProtocol.isEmpty() && !byProtocol.contains(route.kind())) {
        return Optional.of(name + " has protocol " + listener.protocol() + ", which takes "
            + String.join(", ", byProtocol) + ", not " + route.kind());
      }
    }
    return Optional.empty();
  }

  private static boolean intersects(Listener listener, List<String> hostnames) {
    return listener.hostname().map(h -> hostnames.stream().anyMatch(r -> Hostnames.intersect(h, r)))
        .orElse(true);
  }

  private static void checkBackends(Route route, ResourceSet resources,
      Consumer<Diagnostic> report) {
    for (Backend found : backends(route)) {
      CommonBackendRef backend = found.ref();
      if (!backend.namesService()) {
        checkOtherBackend(route, found, resources, report);
        continue;
      }
      String namespace = backend.namespace().orElse(namespace(route));
      String serviceName = "Service \"" + Diagnostic.qualifiedName(namespace, backend.name())
          + "\"";
      Optional<Service> service = resources.find(Service.class, namespace, backend.name());
      if (service.isEmpty()) {
        report.accept(Diagnostic.of(DiagnosticCode.BACKEND_NOT_FOUND, route,
            found.path(), serviceName + " is not in the set"));
      } else if (backend.port().isPresent()) {
        int port = backend.port().get();
        List<ServicePort> ports = service.get().spec().ports();
        if (ports.stream().noneMatch(p -> p.port() == port)) {
          report.accept(Diagnostic.of(DiagnosticCode.BACKEND_PORT_NOT_FOUND, route,
              found.path().child("port"), serviceName + " has no port " + port
                  + "; its ports are " + ports.stream().map(p -> String.valueOf(p.port()))
                  .collect(Collectors.joining(", "))));
        }
      }
      if (!namespace.equals(namespace(route)) && !granted(route, backend, namespace, resources)) {
        report.accept(Diagnostic.of(DiagnosticCode.REF_NOT_PERMITTED, route,
            found.path().child("namespace"), "no ReferenceGrant in namespace \"" + namespace
                + "\" lets " + route.kind() + "s of namespace \"" + namespace(route)
                + "\" refer to " + serviceName));
      }
    }
  }

  /**
   * A backend of another kind than Service (an InferencePool, a ServiceEntry, any custom backend):
   * found by group, kind, namespace and name among every resource of the set, {@linkplain
   * dev.gatewaydsl.model.GenericResource generic} ones included. When the set holds no object of
   * that group and kind at all, those objects are taken to live outside the set and the reference
   * is not checked; when it holds some, a missing one is reported as for a Service. A backend in
   * another namespace needs a ReferenceGrant for its group and kind.
   */
  private static void checkOtherBackend(Route route, Backend found, ResourceSet resources,
      Consumer<Diagnostic> report) {
    CommonBackendRef backend = found.ref();
    String group = backend.group().orElse("");
    String kind = backend.kind().orElse("Service");
    if (!resources.holdsKind(group, kind)) {
      return;
    }
    String namespace = backend.namespace().orElse(namespace(route));
    String name = kind + " \"" + Diagnostic.qualifiedName(namespace, backend.name()) + "\""
        + (group.isEmpty() ? "" : " (" + group + ")");
    if (resources.find(group, kind, namespace, backend.name()).isEmpty()) {
      report.accept(Diagnostic.of(DiagnosticCode.BACKEND_NOT_FOUND, route, found.path(),
          name + " is not in the set"));
    }
    if (!namespace.equals(namespace(route))
        && !granted(route, group, kind, backend.name(), namespace, resources)) {
      report.accept(Diagnostic.of(DiagnosticCode.REF_NOT_PERMITTED, route,
          found.path().child("namespace"), "no ReferenceGrant in namespace \"" + namespace
              + "\" lets " + route.kind() + "s of namespace \"" + namespace(route)
              + "\" refer to " + name));
    }
  }

  /** Whether a ReferenceGrant in {@code namespace} lets the route refer to the backend Service. */
  private static boolean granted(Route route, CommonBackendRef backend, String namespace,
      ResourceSet resources) {
    return granted(route, "", "Service", backend.name(), namespace, resources);
  }

  /**
   * Whether a ReferenceGrant in {@code namespace} lets the route refer to the object of {@code
   * group} and {@code kind} named {@code name}.
   */
  private static boolean granted(Route route, String group, String kind, String name,
      String namespace, ResourceSet resources) {
    return resources.ofType(ReferenceGrant.class).stream()
        .filter(g -> g.metadata().namespace().equals(namespace))
        .anyMatch(g -> g.spec().from().stream().anyMatch(f -> f.group().equals(group(route))
                && f.kind().equals(route.kind()) && f.namespace().equals(namespace(route)))
            && g.spec().to().stream().anyMatch(t -> t.group().equals(group)
                && t.kind().equals(kind)
                && t.name().map(name::equals).orElse(true)));
  }
}
