package dev.gatewaydsl.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.GenericResource;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.AllowedRoutes;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.RouteGroupKind;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TCPRouteRule;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.DeploymentSpec;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.PodTemplateSpec;
import dev.gatewaydsl.model.workload.Protocol;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.yaml.Manifests;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManifestAnalyzerTest {

  // --- fixtures: a consistent set, and one change per code that breaks it

  static final Namespace SHOP = Namespace.named("shop").withLabel("gateway-access", "yes");
  static final Deployment WEB = app("shop", "web");
  static final Service WEB_SERVICE = Service.exposing(WEB, 8080).build();
  static final Listener HTTP = Listener.http("http", 80);

  static Deployment app(String namespace, String name) {
    return Deployment.builder().name(name).namespace(namespace)
        .selectorLabel("app", name)
        .container(Container.of(name, "nginx:1.27")
            .withPort(ContainerPort.builder().name("http").containerPort(8080).build()))
        .build();
  }

  static Gateway gateway(Listener... listeners) {
    Gateway.Builder gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("istio");
    for (Listener listener : listeners) {
      gateway.listener(listener);
    }
    return gateway.build();
  }

  static HTTPRoute route(String namespace, ParentReference parent, HTTPBackendRef backend) {
    return HTTPRoute.builder().name("web").namespace(namespace).parentRef(parent)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(backend))
        .build();
  }

  static HTTPRoute route(ParentReference parent) {
    return route("shop", parent, HTTPBackendRef.to(WEB_SERVICE, 8080));
  }

  static HTTPRoute route(HTTPBackendRef backend) {
    return route("shop", ParentReference.to(gateway(HTTP)), backend);
  }

  static List<KubernetesResource> set(KubernetesResource... resources) {
    return List.of(resources);
  }

  /** The shop set with {@code gateway} and {@code route} in place of the defaults. */
  static List<KubernetesResource> shop(Gateway gateway, HTTPRoute route) {
    return set(SHOP, WEB, WEB_SERVICE, gateway, route);
  }

  static List<KubernetesResource> shop() {
    return shop(gateway(HTTP), route(ParentReference.to(gateway(HTTP))));
  }

  /** A route in namespace {@code namespace}, with its own app there, to the shop Gateway. */
  static List<KubernetesResource> routeFrom(String namespace, Gateway gateway,
      KubernetesResource... more) {
    Deployment app = app(namespace, "web");
    Service service = Service.exposing(app, 8080).build();
    List<KubernetesResource> all = new ArrayList<>(List.of(SHOP, gateway, app, service,
        route(namespace, ParentReference.to(gateway), HTTPBackendRef.to(service, 8080))));
    all.addAll(List.of(more));
    return all;
  }

  static Listener allowing(Listener listener, AllowedRoutes allowed) {
    return listener.withAllowedRoutes(allowed);
  }

  static Service serviceWithPort(ServicePort port) {
    return Service.builder().name("web").namespace("shop").selector("app", "web").port(port)
        .build();
  }

  /** A Deployment that did not go through the builder's check, whatever its spec. */
  static Deployment unchecked(Deployment base, DeploymentSpec spec) {
    return (Deployment) Proxy.newProxyInstance(Deployment.class.getClassLoader(),
        new Class<?>[] {Deployment.class},
        (proxy, method, args) -> method.getName().equals("spec") && method.getParameterCount() == 0
            ? spec : method.invoke(base, args));
  }

  static DeploymentSpec specSelecting(String selected, String templateLabel) {
    return DeploymentSpec.builder()
        .selector(LabelSelector.matchLabel("app", selected))
        .template(PodTemplateSpec.builder()
            .metadata(ObjectMeta.builder().putLabel("app", templateLabel).build())
            .spec(WEB.spec().template().spec())
            .build())
        .build();
  }

  /** A set where exactly {@code code} fires. */
  static List<KubernetesResource> bad(DiagnosticCode code) {
    return switch (code) {
      case PARENT_NOT_FOUND -> set(SHOP, WEB, WEB_SERVICE,
          route(ParentReference.builder().name("web").build()));
      case NO_MATCHING_PARENT -> shop(gateway(HTTP),
          route(ParentReference.to(gateway(HTTP)).withSectionName("https")));
      case NOT_ALLOWED_BY_LISTENERS -> routeFrom("dev", gateway(HTTP));
      case NO_MATCHING_LISTENER_HOSTNAME -> shop(gateway(HTTP.withHostname("*.example.com")),
          route(ParentReference.to(gateway(HTTP))).withSpec(route(ParentReference.to(
              gateway(HTTP))).spec().withHostnames("shop.example.org")));
      case BACKEND_NOT_FOUND -> shop(gateway(HTTP),
          route(HTTPBackendRef.builder().name("api").port(8080).build()));
      case BACKEND_PORT_NOT_FOUND -> shop(gateway(HTTP), route(HTTPBackendRef.to(WEB_SERVICE, 80)));
      case REF_NOT_PERMITTED -> crossNamespace(false);
      case PROTOCOL_CONFLICT -> shop(gateway(HTTP,
          Listener.builder().name("https").port(80).protocol(Listener.HTTPS).build()),
          route(ParentReference.to(gateway(HTTP))));
      case DEPLOYMENT_SELECTOR_MISMATCH -> set(unchecked(WEB, specSelecting("web", "api")),
          Service.exposing(app("shop", "api"), 8080).build());
      case SERVICE_SELECTS_NO_DEPLOYMENT -> set(WEB,
          Service.builder().name("api").namespace("shop").selector("app", "api")
              .port(ServicePort.of(8080)).build());
      case TARGET_PORT_NOT_FOUND -> set(WEB,
          serviceWithPort(ServicePort.of(80).withTargetPort(IntOrString.of("metrics"))));
      case TARGET_PORT_NOT_DECLARED -> set(WEB,
          serviceWithPort(ServicePort.of(80).withTargetPort(IntOrString.of(9090))));
      case SCALE_TARGET_NOT_FOUND -> set(WEB, WorkloadAnalysisTest.autoscaler("Deployment", "api"));
      case POD_DISRUPTION_BUDGET_SELECTS_NO_PODS -> set(WEB,
          WorkloadAnalysisTest.budget(LabelSelector.matchLabel("app", "api")));
      case CONFIG_MAP_NOT_FOUND -> set(WorkloadAnalysisTest.withEnvFrom(WEB,
          WorkloadAnalysisTest.configMapRef("settings", false)));
      case SECRET_NOT_FOUND -> set(WorkloadAnalysisTest.withEnvFrom(WEB,
          WorkloadAnalysisTest.secretRef("credentials", false)));
      case POD_SECURITY_VIOLATION -> set(SHOP.withLabel(PodSecurityStandard.ENFORCE_LABEL,
          "baseline"), WorkloadAnalysisTest.withPodSpec(WEB, spec -> spec.hostNetwork(true)));
    };
  }

  /** The same set as {@link #bad} with the one change that puts it right. */
  static List<KubernetesResource> good(DiagnosticCode code) {
    return switch (code) {
      case PARENT_NOT_FOUND, NO_MATCHING_PARENT, NO_MATCHING_LISTENER_HOSTNAME,
          BACKEND_NOT_FOUND, BACKEND_PORT_NOT_FOUND, PROTOCOL_CONFLICT -> shop();
      case NOT_ALLOWED_BY_LISTENERS -> routeFrom("dev",
          gateway(HTTP.allowedRoutesFromAllNamespaces()));
      case REF_NOT_PERMITTED -> crossNamespace(true);
      case DEPLOYMENT_SELECTOR_MISMATCH -> set(unchecked(WEB, specSelecting("web", "web")),
          WEB_SERVICE);
      case SERVICE_SELECTS_NO_DEPLOYMENT, TARGET_PORT_NOT_DECLARED -> set(WEB, WEB_SERVICE);
      case TARGET_PORT_NOT_FOUND -> set(WEB,
          serviceWithPort(ServicePort.of(80).withTargetPort(IntOrString.of("http"))));
      case SCALE_TARGET_NOT_FOUND -> set(WEB, WorkloadAnalysisTest.autoscaler("Deployment", "web"));
      case POD_DISRUPTION_BUDGET_SELECTS_NO_PODS -> set(WEB,
          WorkloadAnalysisTest.budget(LabelSelector.matchLabel("app", "web")));
      case CONFIG_MAP_NOT_FOUND -> set(WorkloadAnalysisTest.withEnvFrom(WEB,
          WorkloadAnalysisTest.configMapRef("settings", true)));
      case SECRET_NOT_FOUND -> set(WorkloadAnalysisTest.withEnvFrom(WEB,
          WorkloadAnalysisTest.secretRef("credentials", true)));
      case POD_SECURITY_VIOLATION -> set(SHOP.withLabel(PodSecurityStandard.ENFORCE_LABEL,
          "baseline"), WorkloadAnalysisTest.withPodSpec(WEB, spec -> spec.hostNetwork(false)));
    };
  }

  static List<KubernetesResource> crossNamespace(boolean granted) {
    Deployment billing = app("payments", "billing");
    Service billingService = Service.exposing(billing, 8080).build();
    HTTPRoute route = route(HTTPBackendRef.to(billingService, 8080).withNamespace("payments"));
    List<KubernetesResource> all = new ArrayList<>(shop(gateway(HTTP), route));
    all.addAll(List.of(billing, billingService));
    if (granted) {
      all.add(ReferenceGrant.allowing(route, billingService));
    }
    return all;
  }

  static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }

  static List<String> analyze(List<KubernetesResource> resources) {
    return lines(ManifestAnalyzer.analyze(resources));
  }

  // --- every code: fires on its bad case only, silent on the good one

  @ParameterizedTest
  @EnumSource(DiagnosticCode.class)
  void everyCodeFiresOnItsBadCaseAndOnlyThere(DiagnosticCode code) {
    List<Diagnostic> found = ManifestAnalyzer.analyze(bad(code));

    assertThat(found).extracting(Diagnostic::code).containsExactly(code.code());
    assertThat(found).extracting(Diagnostic::severity).containsExactly(code.severity());
  }

  @ParameterizedTest
  @EnumSource(DiagnosticCode.class)
  void everyCodeIsSilentOnItsGoodCase(DiagnosticCode code) {
    assertThat(ManifestAnalyzer.analyze(good(code))).isEmpty();
  }

  @Test
  void codesAreUniqueAndPascalCase() {
    List<String> codes = java.util.Arrays.stream(DiagnosticCode.values())
        .map(DiagnosticCode::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z][A-Za-z]+"));
  }

  // --- the exact line of each code, and the variants each rule covers

  @Nested
  class Parents {
    @Test
    void parentNotFound() {
      assertThat(analyze(bad(DiagnosticCode.PARENT_NOT_FOUND))).containsExactly(
          "error ParentNotFound: HTTPRoute \"shop/web\": spec.parentRefs[0]: Gateway \"shop/web\" "
              + "is not in the set");
    }

    @Test
    void parentNotFoundLooksInTheParentRefsNamespace() {
      HTTPRoute route = route(ParentReference.to(gateway(HTTP)).withNamespace("infra"));

      assertThat(analyze(shop(gateway(HTTP), route))).containsExactly(
          "error ParentNotFound: HTTPRoute \"shop/web\": spec.parentRefs[0]: Gateway "
              + "\"infra/web\" is not in the set");
    }

    @Test
    void parentsOfOtherKindsAreNotChecked() {
      HTTPRoute meshRoute = route(ParentReference.builder().group("").kind("Service")
          .name("web").build());

      assertThat(analyze(set(SHOP, WEB, WEB_SERVICE, meshRoute))).isEmpty();
    }

    @Test
    void noMatchingParentBySectionName() {
      assertThat(analyze(bad(DiagnosticCode.NO_MATCHING_PARENT))).containsExactly(
          "error NoMatchingParent: HTTPRoute \"shop/web\": spec.parentRefs[0].sectionName: "
              + "Gateway \"shop/web\" has no listener \"https\"; its listeners are \"http\" "
              + "(port 80)");
    }

    @Test
    void noMatchingParentByPort() {
      HTTPRoute route = route(ParentReference.to(gateway(HTTP)).withPort(8080));

      assertThat(analyze(shop(gateway(HTTP), route))).containsExactly(
          "error NoMatchingParent: HTTPRoute \"shop/web\": spec.parentRefs[0].port: "
              + "Gateway \"shop/web\" has no listener on port 8080; its listeners are \"http\" "
              + "(port 80)");
    }

    @Test
    void matchingSectionNameAndPortAreSilent() {
      HTTPRoute route = route(ParentReference.to(gateway(HTTP), "http").withPort(80));

      assertThat(analyze(shop(gateway(HTTP), route))).isEmpty();
    }
  }

  @Nested
  class AllowedRoutesOfListeners {
    @Test
    void sameNamespaceByDefault() {
      assertThat(analyze(bad(DiagnosticCode.NOT_ALLOWED_BY_LISTENERS))).containsExactly(
          "error NotAllowedByListeners: HTTPRoute \"dev/web\": spec.parentRefs[0]: Gateway "
              + "\"shop/web\" does not take the route: listener \"http\" takes routes from "
              + "namespace \"shop\" only, not from \"dev\"");
    }

    @Test
    void selectorThatTheRoutesNamespaceDoesNotMatch() {
      Gateway gateway = gateway(HTTP.allowedRoutesFromNamespaces(
          LabelSelector.matchLabel("gateway-access", "yes")));

      assertThat(analyze(routeFrom("dev", gateway, Namespace.named("dev")))).containsExactly(
          "error NotAllowedByListeners: HTTPRoute \"dev/web\": spec.parentRefs[0]: Gateway "
              + "\"shop/web\" does not take the route: listener \"http\" takes routes from "
              + "namespaces selected by {gateway-access=yes}; namespace \"dev\" has labels "
              + "{kubernetes.io/metadata.name=dev}");
    }

    @Test
    void selectorMatchingTheNamespaceObjectsLabels() {
      Gateway gateway = gateway(HTTP.allowedRoutesFromNamespaces(
          LabelSelector.matchLabel("gateway-access", "yes")));

      assertThat(analyze(routeFrom("dev", gateway,
          Namespace.named("dev").withLabel("gateway-access", "yes")))).isEmpty();
    }

    @Test
    void selectorMatchingTheNameLabelKubernetesSetsOnEveryNamespace() {
      Gateway gateway = gateway(HTTP.allowedRoutesFromNamespaces(
          LabelSelector.matchLabel("kubernetes.io/metadata.name", "dev")));

      assertThat(analyze(routeFrom("dev", gateway))).isEmpty();
    }

    @Test
    void kindsListThatLeavesOutTheRoute() {
      Gateway gateway = gateway(allowing(HTTP, AllowedRoutes.builder()
          .addKind(RouteGroupKind.of("GRPCRoute")).build()));

      assertThat(analyze(shop(gateway, route(ParentReference.to(gateway))))).containsExactly(
          "error NotAllowedByListeners: HTTPRoute \"shop/web\": spec.parentRefs[0]: Gateway "
              + "\"shop/web\" does not take the route: listener \"http\" takes kinds GRPCRoute "
              + "only, not HTTPRoute");
    }

    @Test
    void kindsListWithTheRoute() {
      Gateway gateway = gateway(allowing(HTTP, AllowedRoutes.builder()
          .addKind(RouteGroupKind.of("HTTPRoute")).build()));

      assertThat(analyze(shop(gateway, route(ParentReference.to(gateway))))).isEmpty();
    }

    @Test
    void protocolThatDoesNotCarryHttpRoutes() {
      Gateway gateway = gateway(Listener.builder().name("tcp").port(9000)
          .protocol(Listener.TCP).build());

      assertThat(analyze(shop(gateway, route(ParentReference.to(gateway))))).containsExactly(
          "error NotAllowedByListeners: HTTPRoute \"shop/web\": spec.parentRefs[0]: Gateway "
              + "\"shop/web\" does not take the route: listener \"tcp\" has protocol TCP, which "
              + "takes TCPRoute, not HTTPRoute");
    }

    @Test
    void oneListenerThatTakesTheRouteIsEnough() {
      Gateway gateway = gateway(HTTP, Listener.builder().name("tcp").port(9000)
          .protocol(Listener.TCP).build());

      assertThat(analyze(shop(gateway, route(ParentReference.to(gateway))))).isEmpty();
    }
  }

  @Nested
  class HostnameIntersection {
    @Test
    void noRouteHostnameMatchesAListener() {
      assertThat(analyze(bad(DiagnosticCode.NO_MATCHING_LISTENER_HOSTNAME))).containsExactly(
          "error NoMatchingListenerHostname: HTTPRoute \"shop/web\": spec.hostnames: no "
              + "hostname intersects those of Gateway \"shop/web\"'s listeners: "
              + "\"*.example.com\" (listener \"http\")");
    }

    @Test
    void aRouteHostnameUnderTheListenersWildcard() {
      Gateway gateway = gateway(HTTP.withHostname("*.example.com"));
      HTTPRoute route = route(ParentReference.to(gateway));
      route = route.withSpec(route.spec().withHostnames("shop.example.org", "shop.example.com"));

      assertThat(analyze(shop(gateway, route))).isEmpty();
    }

    @Test
    void aListenerWithoutHostnameTakesEveryHostname() {
      HTTPRoute route = route(ParentReference.to(gateway(HTTP)));
      route = route.withSpec(route.spec().withHostnames("shop.example.org"));

      assertThat(analyze(shop(gateway(HTTP), route))).isEmpty();
    }

    @Test
    void wildcardsIntersectAsTheGatewayApiSays() {
      assertThat(Hostnames.intersect("*.example.com", "a.example.com")).isTrue();
      assertThat(Hostnames.intersect("a.b.example.com", "*.example.com")).isTrue();
      assertThat(Hostnames.intersect("*.example.com", "example.com")).isFalse();
      assertThat(Hostnames.intersect("*.example.com", "*.b.example.com")).isTrue();
      assertThat(Hostnames.intersect("*.a.example.com", "*.b.example.com")).isFalse();
      assertThat(Hostnames.intersect("a.example.com", "b.example.com")).isFalse();
      assertThat(Hostnames.intersect("*.example.com", "xexample.com")).isFalse();
    }
  }

  @Nested
  class OtherRouteKinds {
    private final Gateway tcpGateway = gateway(Listener.builder().name("db").port(5432)
        .protocol(Listener.TCP).build());

    @Test
    void aTcpRouteToAMissingServiceIsReported() {
      TCPRoute route = TCPRoute.builder().name("db").namespace("shop").parentRef(tcpGateway)
          .rule(TCPRouteRule.to(WEB_SERVICE.withMetadata(WEB_SERVICE.metadata().withName("db")),
              5432))
          .build();

      assertThat(analyze(List.of(SHOP, tcpGateway, route))).containsExactly(
          "error BackendNotFound: TCPRoute \"shop/db\": spec.rules[0].backendRefs[0]: "
              + "Service \"shop/db\" is not in the set");
    }

    @Test
    void aTcpRouteToAnExistingServicePortIsSilent() {
      TCPRoute route = TCPRoute.builder().name("db").namespace("shop").parentRef(tcpGateway)
          .rule(TCPRouteRule.to(WEB_SERVICE, 8080)).build();

      assertThat(analyze(List.of(SHOP, WEB, WEB_SERVICE, tcpGateway, route))).isEmpty();
    }
  }

  @Nested
  class Backends {
    @Test
    void backendNotFound() {
      assertThat(analyze(bad(DiagnosticCode.BACKEND_NOT_FOUND))).containsExactly(
          "error BackendNotFound: HTTPRoute \"shop/web\": spec.rules[0].backendRefs[0]: "
              + "Service \"shop/api\" is not in the set");
    }

    @Test
    void backendPortNotFound() {
      assertThat(analyze(bad(DiagnosticCode.BACKEND_PORT_NOT_FOUND))).containsExactly(
          "error BackendPortNotFound: HTTPRoute \"shop/web\": spec.rules[0].backendRefs[0].port: "
              + "Service \"shop/web\" has no port 80; its ports are 8080");
    }

    @Test
    void backendsOfOtherKindsAreNotChecked() {
      HTTPRoute route = route(HTTPBackendRef.builder().group("example.com").kind("Bucket")
          .name("assets").build());

      assertThat(analyze(shop(gateway(HTTP), route))).isEmpty();
    }

    /** A custom backend kind, read or built as a {@link GenericResource}. */
    static GenericResource bucket(String namespace, String name) {
      return GenericResource.builder().apiVersion("example.com/v1").kind("Bucket")
          .name(name).namespace(namespace).label("app", name).build();
    }

    static HTTPRoute routeToBucket(String namespace) {
      HTTPBackendRef.Builder ref = HTTPBackendRef.builder().group("example.com").kind("Bucket")
          .name("assets");
      if (namespace != null) {
        ref.namespace(namespace);
      }
      return route(ref.build());
    }

    @Test
    void aBackendOfAnotherKindThatIsInTheSetCounts() {
      List<KubernetesResource> all = new ArrayList<>(shop(gateway(HTTP), routeToBucket(null)));
      all.add(bucket("shop", "assets"));

      assertThat(analyze(all)).isEmpty();
    }

    @Test
    void aBackendOfAKindTheSetHoldsButNotByThatNameIsNotFound() {
      List<KubernetesResource> all = new ArrayList<>(shop(gateway(HTTP), routeToBucket(null)));
      all.add(bucket("shop", "images"));
      all.add(bucket("dev", "assets"));

      assertThat(analyze(all)).containsExactly(
          "error BackendNotFound: HTTPRoute \"shop/web\": spec.rules[0].backendRefs[0]: "
              + "Bucket \"shop/assets\" (example.com) is not in the set");
    }

    @Test
    void anObjectOfTheSameKindInAnotherGroupIsNotTheBackend() {
      List<KubernetesResource> all = new ArrayList<>(shop(gateway(HTTP), routeToBucket(null)));
      all.add(bucket("shop", "images"));
      all.add(GenericResource.builder().apiVersion("storage.example.org/v1").kind("Bucket")
          .name("assets").namespace("shop").build());

      assertThat(analyze(all)).extracting(line -> line.substring(0, line.indexOf(':')))
          .containsExactly("error BackendNotFound");
    }

    @Test
    void aBackendOfAnotherKindInAnotherNamespaceNeedsAGrantForThatKind() {
      List<KubernetesResource> all = new ArrayList<>(shop(gateway(HTTP), routeToBucket("media")));
      all.add(bucket("media", "assets"));

      assertThat(analyze(all)).containsExactly(
          "error RefNotPermitted: HTTPRoute \"shop/web\": spec.rules[0].backendRefs[0].namespace: "
              + "no ReferenceGrant in namespace \"media\" lets HTTPRoutes of namespace \"shop\" "
              + "refer to Bucket \"media/assets\" (example.com)");

      all.add(ReferenceGrant.builder().name("services").namespace("media")
          .spec(dev.gatewaydsl.model.gateway.ReferenceGrantSpec.builder()
              .addFrom(dev.gatewaydsl.model.gateway.ReferenceGrantFrom.of(
                  "gateway.networking.k8s.io", "HTTPRoute", "shop"))
              .addTo(dev.gatewaydsl.model.gateway.ReferenceGrantTo.of("", "Service"))
              .build())
          .build());
      assertThat(analyze(all)).singleElement().asString()
          .startsWith("error RefNotPermitted: ");

      all.add(ReferenceGrant.builder().name("buckets").namespace("media")
          .spec(dev.gatewaydsl.model.gateway.ReferenceGrantSpec.builder()
              .addFrom(dev.gatewaydsl.model.gateway.ReferenceGrantFrom.of(
                  "gateway.networking.k8s.io", "HTTPRoute", "shop"))
              .addTo(dev.gatewaydsl.model.gateway.ReferenceGrantTo.of("example.com", "Bucket"))
              .build())
          .build());
      assertThat(analyze(all)).isEmpty();
    }

    @Test
    void refNotPermitted() {
      assertThat(analyze(bad(DiagnosticCode.REF_NOT_PERMITTED))).containsExactly(
          "error RefNotPermitted: HTTPRoute \"shop/web\": spec.rules[0].backendRefs[0].namespace: "
              + "no ReferenceGrant in namespace \"payments\" lets HTTPRoutes of namespace "
              + "\"shop\" refer to Service \"payments/billing\"");
    }

    @Test
    void aGrantForAnotherServiceOrNamespaceDoesNotCount() {
      List<KubernetesResource> all = new ArrayList<>(crossNamespace(false));
      Deployment other = app("payments", "other");
      Service otherService = Service.exposing(other, 8080).build();
      HTTPRoute routeElsewhere = route("dev", ParentReference.to(gateway(HTTP)),
          HTTPBackendRef.to(otherService, 8080).inNamespaceOf(otherService));
      all.addAll(List.of(other, otherService,
          ReferenceGrant.allowing(route(HTTPBackendRef.to(WEB_SERVICE, 8080)), otherService),
          ReferenceGrant.allowing(routeElsewhere, WEB_SERVICE.withMetadata(
              WEB_SERVICE.metadata().withName("billing").withNamespace("payments")))));

      assertThat(ManifestAnalyzer.analyze(all)).extracting(Diagnostic::code)
          .containsExactly("RefNotPermitted");
    }

    @Test
    void aGrantForEveryServiceOfTheNamespaceCounts() {
      List<KubernetesResource> all = new ArrayList<>(crossNamespace(false));
      all.add(ReferenceGrant.builder().name("all").namespace("payments")
          .spec(dev.gatewaydsl.model.gateway.ReferenceGrantSpec.builder()
              .addFrom(dev.gatewaydsl.model.gateway.ReferenceGrantFrom.of(
                  "gateway.networking.k8s.io", "HTTPRoute", "shop"))
              .addTo(dev.gatewaydsl.model.gateway.ReferenceGrantTo.of("", "Service"))
              .build())
          .build());

      assertThat(analyze(all)).isEmpty();
    }

    @Test
    void aMissingServiceInAnotherNamespaceWithoutGrantGivesBoth() {
      HTTPRoute route = route(HTTPBackendRef.builder().name("billing").namespace("payments")
          .port(8080).build());

      assertThat(ManifestAnalyzer.analyze(shop(gateway(HTTP), route)))
          .extracting(Diagnostic::code).containsExactly("BackendNotFound", "RefNotPermitted");
    }
  }

  @Nested
  class GenericResources {
    @Test
    void anIstioGatewayOfTheSameNameIsNotTheParentGateway() {
      GenericResource istioGateway = GenericResource.builder()
          .apiVersion("networking.istio.io/v1").kind("Gateway").name("web").namespace("shop")
          .build();
      HTTPRoute route = route(ParentReference.to(gateway(HTTP)));

      assertThat(analyze(set(SHOP, WEB, WEB_SERVICE, istioGateway, route))).containsExactly(
          "error ParentNotFound: HTTPRoute \"shop/web\": spec.parentRefs[0]: "
              + "Gateway \"shop/web\" is not in the set");
    }

    @Test
    void aServiceNamedLikeACustomObjectIsStillMissing() {
      GenericResource notAService = GenericResource.builder()
          .apiVersion("example.com/v1").kind("Service").name("api").namespace("shop").build();

      List<KubernetesResource> all = new ArrayList<>(bad(DiagnosticCode.BACKEND_NOT_FOUND));
      all.add(notAService);
      assertThat(analyze(all)).containsExactly(
          "error BackendNotFound: HTTPRoute \"shop/web\": spec.rules[0].backendRefs[0]: "
              + "Service \"shop/api\" is not in the set");
    }

    @Test
    void theSetFindsThemByGroupKindNamespaceAndNameWithTheirLabels() {
      GenericResource certificate = GenericResource.builder().apiVersion("cert-manager.io/v1")
          .kind("Certificate").name("web").namespace("shop").label("team", "shop").build();
      ResourceSet resources = ResourceSet.of(set(SHOP, certificate));

      assertThat(resources.find("cert-manager.io", "Certificate", "shop", "web"))
          .containsSame(certificate)
          .map(c -> c.metadata().labels()).contains(java.util.Map.of("team", "shop"));
      assertThat(resources.find("cert-manager.io", "Certificate", "", "web")).isEmpty();
      assertThat(resources.find("cert-manager.io", "Issuer", "shop", "web")).isEmpty();
      assertThat(resources.find("example.com", "Certificate", "shop", "web")).isEmpty();
      assertThat(resources.find("", "Namespace", "", "shop")).containsSame(SHOP);
      assertThat(resources.holdsKind("cert-manager.io", "Certificate")).isTrue();
      assertThat(resources.holdsKind("", "Certificate")).isFalse();
      assertThat(resources.all()).contains(certificate);
    }
  }

  @Nested
  class Listeners {
    @Test
    void httpAndHttpsOnOnePort() {
      assertThat(analyze(bad(DiagnosticCode.PROTOCOL_CONFLICT))).containsExactly(
          "error ProtocolConflict: Gateway \"shop/web\": spec.listeners[1]: listener \"https\" "
              + "(HTTPS) and listener \"http\" (HTTP) cannot share port 80");
    }

    @Test
    void tcpWithAnyHttpOrTlsListenerOnOnePort() {
      assertThat(ListenerPortRule.conflict(Listener.TCP, Listener.HTTP)).isTrue();
      assertThat(ListenerPortRule.conflict(Listener.TLS, Listener.TCP)).isTrue();
      assertThat(ListenerPortRule.conflict(Listener.HTTPS, Listener.TCP)).isTrue();
      assertThat(ListenerPortRule.conflict(Listener.HTTP, Listener.TLS)).isTrue();
    }

    @Test
    void compatibleProtocolsOnOnePort() {
      assertThat(ListenerPortRule.conflict(Listener.HTTPS, Listener.TLS)).isFalse();
      assertThat(ListenerPortRule.conflict(Listener.TCP, Listener.UDP)).isFalse();
      assertThat(ListenerPortRule.conflict(Listener.HTTP, Listener.HTTP)).isFalse();
      assertThat(ListenerPortRule.conflict("example.com/custom", Listener.HTTP)).isFalse();
    }

    @Test
    void httpListenersForTwoHostnamesOnOnePort() {
      Gateway gateway = gateway(HTTP.withHostname("a.example.com"),
          Listener.http("b", 80).withHostname("b.example.com"));

      assertThat(analyze(shop(gateway, route(ParentReference.to(gateway))))).isEmpty();
    }

    @Test
    void eachConflictingListenerIsReportedOnce() {
      Gateway gateway = gateway(HTTP,
          Listener.builder().name("https").port(80).protocol(Listener.HTTPS).build(),
          Listener.tls("tls", 80));

      assertThat(ManifestAnalyzer.analyze(shop(gateway, route(ParentReference.to(gateway)))))
          .extracting(d -> d.path().toString())
          .containsExactly("spec.listeners[1]", "spec.listeners[2]");
    }
  }

  @Nested
  class Workloads {
    @Test
    void deploymentSelectorMismatch() {
      assertThat(analyze(bad(DiagnosticCode.DEPLOYMENT_SELECTOR_MISMATCH))).containsExactly(
          "error DeploymentSelectorMismatch: Deployment \"shop/web\": spec.selector: does not "
              + "select the pod template's labels {app=api}, so the Deployment owns none of its "
              + "pods");
    }

    @Test
    void serviceSelectsNoDeployment() {
      assertThat(analyze(bad(DiagnosticCode.SERVICE_SELECTS_NO_DEPLOYMENT))).containsExactly(
          "warning ServiceSelectsNoDeployment: Service \"shop/api\": spec.selector: selects "
              + "{app=api}, which the pod template of no workload in namespace \"shop\" carries");
    }

    @Test
    void aDeploymentInAnotherNamespaceDoesNotCount() {
      Deployment elsewhere = app("dev", "web");

      assertThat(ManifestAnalyzer.analyze(set(elsewhere, WEB_SERVICE)))
          .extracting(Diagnostic::code).containsExactly("ServiceSelectsNoDeployment");
    }

    @Test
    void servicesWithoutSelectorOrOfTypeExternalNameAreNotChecked() {
      Service manual = Service.builder().name("manual").namespace("shop")
          .port(ServicePort.of(80)).build();
      Service external = Service.builder().name("external").namespace("shop")
          .spec(dev.gatewaydsl.model.workload.ServiceSpec.builder().type("ExternalName")
              .putSelector("app", "nothing").build())
          .build();

      assertThat(analyze(set(manual, external))).isEmpty();
    }

    @Test
    void targetPortNotFound() {
      assertThat(analyze(bad(DiagnosticCode.TARGET_PORT_NOT_FOUND))).containsExactly(
          "error TargetPortNotFound: Service \"shop/web\": spec.ports[0].targetPort: no "
              + "container of Deployment \"shop/web\" has a TCP port named \"metrics\"; named "
              + "ports: \"http\" = 8080/TCP");
    }

    @Test
    void targetPortNotDeclared() {
      assertThat(analyze(bad(DiagnosticCode.TARGET_PORT_NOT_DECLARED))).containsExactly(
          "warning TargetPortNotDeclared: Service \"shop/web\": spec.ports[0].targetPort: no "
              + "container of Deployment \"shop/web\" declares port 9090/TCP; declared: "
              + "8080/TCP");
    }

    @Test
    void withoutTargetPortThePortItselfMustBeDeclared() {
      Service service = serviceWithPort(ServicePort.of(80));

      assertThat(ManifestAnalyzer.analyze(set(WEB, service)))
          .extracting(d -> d.code() + " " + d.path())
          .containsExactly("TargetPortNotDeclared spec.ports[0].port");
    }

    @Test
    void theProtocolMustMatchToo() {
      Service service = serviceWithPort(ServicePort.of(8080).withProtocol(Protocol.UDP));

      assertThat(ManifestAnalyzer.analyze(set(WEB, service))).extracting(Diagnostic::code)
          .containsExactly("TargetPortNotDeclared");
    }
  }

  // --- the analyzer as a whole

  @Test
  void aConsistentSetHasNoDiagnostics() {
    assertThat(ManifestAnalyzer.analyze(shop())).isEmpty();
  }

  @Test
  void diagnosticsComeInTheOrderOfTheirResources() {
    Service lonely = Service.builder().name("api").namespace("shop").selector("app", "api")
        .port(ServicePort.of(8080)).build();
    HTTPRoute lost = route(ParentReference.builder().name("nowhere").build());

    assertThat(ManifestAnalyzer.analyze(set(lonely, WEB, WEB_SERVICE, lost)))
        .extracting(Diagnostic::code)
        .containsExactly("ServiceSelectsNoDeployment", "ParentNotFound");
    assertThat(ManifestAnalyzer.analyze(set(lost, WEB, WEB_SERVICE, lonely)))
        .extracting(Diagnostic::code)
        .containsExactly("ParentNotFound", "ServiceSelectsNoDeployment");
  }

  @Test
  void extraRulesRunAfterTheCoreRulesOnTheSameSet() {
    AnalysisRule everyGateway = (resources, report) -> resources.ofType(Gateway.class)
        .forEach(g -> report.accept(new Diagnostic("Custom", Severity.WARNING, g,
            FieldPath.of("metadata", "name"), "seen")));

    List<Diagnostic> found = ManifestAnalyzer.analyze(bad(DiagnosticCode.PROTOCOL_CONFLICT),
        List.of(everyGateway));

    assertThat(lines(found)).containsExactly(
        "error ProtocolConflict: Gateway \"shop/web\": spec.listeners[1]: listener \"https\" "
            + "(HTTPS) and listener \"http\" (HTTP) cannot share port 80",
        "warning Custom: Gateway \"shop/web\": metadata.name: seen");
  }

  @Test
  void manifestsAnalyzeIsTheAnalyzer() {
    AnalysisRule always = (resources, report) -> report.accept(new Diagnostic("Always",
        Severity.ERROR, resources.all().get(0), FieldPath.root(), "here"));

    assertThat(Manifests.analyze(bad(DiagnosticCode.BACKEND_NOT_FOUND)))
        .isEqualTo(ManifestAnalyzer.analyze(bad(DiagnosticCode.BACKEND_NOT_FOUND)));
    assertThat(lines(Manifests.analyze(set(SHOP), List.of(always))))
        .containsExactly("error Always: Namespace \"shop\": here");
  }
}
