package dev.gatewaydsl.analysis;

import static dev.gatewaydsl.analysis.ManifestAnalyzerTest.SHOP;
import static dev.gatewaydsl.analysis.ManifestAnalyzerTest.WEB;
import static dev.gatewaydsl.analysis.ManifestAnalyzerTest.WEB_SERVICE;
import static dev.gatewaydsl.analysis.ManifestAnalyzerTest.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.AllowedRoutes;
import dev.gatewaydsl.model.gateway.BackendRef;
import dev.gatewaydsl.model.gateway.GRPCBackendRef;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GRPCRouteRule;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.Route;
import dev.gatewaydsl.model.gateway.RouteGroupKind;
import dev.gatewaydsl.model.gateway.RouteNamespaces;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TCPRouteRule;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.TLSRouteRule;
import dev.gatewaydsl.model.gateway.UDPRoute;
import dev.gatewaydsl.model.gateway.UDPRouteRule;
import dev.gatewaydsl.model.kinds.Kinds;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every route rule of the analysis, for every route kind it applies to: the same broken set, once
 * per kind, gives the same diagnostic; the consistent set gives none. A route kind the analysis
 * did not know would fail here (as GRPCRoute once did: it was never analysed).
 */
class EveryRouteKindTest {

  /** Each route kind, with a listener that takes it and a way to build one. */
  enum Kind {
    HTTP_ROUTE(Listener.http("web", 80), Listener.udp("web", 53), "UDP, which takes UDPRoute") {
      @Override
      Route route(ParentReference parent, Optional<String> hostname, String namespace,
          String service, int port) {
        HTTPRoute.Builder route = HTTPRoute.builder().name("web").namespace("shop")
            .parentRef(parent)
            .rule(HTTPRouteRule.pathPrefix("/").backendRef(HTTPBackendRef.builder().name(service)
                .namespace(namespace).port(port).build()));
        hostname.ifPresent(route::hostname);
        return route.build();
      }
    },
    GRPC_ROUTE(Listener.http("web", 80), Listener.tcp("web", 5432),
        "TCP, which takes TCPRoute") {
      @Override
      Route route(ParentReference parent, Optional<String> hostname, String namespace,
          String service, int port) {
        GRPCRoute.Builder route = GRPCRoute.builder().name("web").namespace("shop")
            .parentRef(parent)
            .rule(GRPCRouteRule.service("shop.Web").withBackendRefs(GRPCBackendRef.builder()
                .name(service).namespace(namespace).port(port).build()));
        hostname.ifPresent(route::hostname);
        return route.build();
      }
    },
    TLS_ROUTE(Listener.tls("web", 443), Listener.http("web", 80),
        "HTTP, which takes HTTPRoute, GRPCRoute") {
      @Override
      Route route(ParentReference parent, Optional<String> hostname, String namespace,
          String service, int port) {
        return TLSRoute.builder().name("web").namespace("shop").parentRef(parent)
            .hostname(hostname.orElse("web.example.com"))
            .rule(TLSRouteRule.builder().addBackendRef(backend(namespace, service, port)).build())
            .build();
      }
    },
    TCP_ROUTE(Listener.tcp("web", 5432), Listener.udp("web", 53), "UDP, which takes UDPRoute") {
      @Override
      Route route(ParentReference parent, Optional<String> hostname, String namespace,
          String service, int port) {
        return TCPRoute.builder().name("web").namespace("shop").parentRef(parent)
            .rule(TCPRouteRule.builder().addBackendRef(backend(namespace, service, port)).build())
            .build();
      }
    },
    UDP_ROUTE(Listener.udp("web", 53), Listener.tls("web", 443),
        "TLS, which takes TLSRoute, TCPRoute") {
      @Override
      Route route(ParentReference parent, Optional<String> hostname, String namespace,
          String service, int port) {
        return UDPRoute.builder().name("web").namespace("shop").parentRef(parent)
            .rule(UDPRouteRule.builder().addBackendRef(backend(namespace, service, port)).build())
            .build();
      }
    };

    final Listener listener;
    /** A listener whose protocol does not take this kind. */
    final Listener otherProtocol;
    /** What the diagnostic says {@link #otherProtocol}'s protocol takes. */
    final String otherTakes;

    Kind(Listener listener, Listener otherProtocol, String otherTakes) {
      this.listener = listener;
      this.otherProtocol = otherProtocol;
      this.otherTakes = otherTakes;
    }

    /** A route of this kind in {@code shop}, to {@code parent}, sending to one backend. */
    abstract Route route(ParentReference parent, Optional<String> hostname, String namespace,
        String service, int port);

    Route route() {
      return route(ParentReference.to(gateway()), Optional.empty(), "shop", "web", 8080);
    }

    Gateway gateway() {
      return gateway(listener);
    }

    Gateway gateway(Listener listener) {
      return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
          .listener(listener).build();
    }

    String kind() {
      return route().kind();
    }

    private static BackendRef backend(String namespace, String service, int port) {
      return BackendRef.builder().name(service).namespace(namespace).port(port).build();
    }
  }

  private static List<String> analyze(KubernetesResource... resources) {
    return ManifestAnalyzer.analyze(List.of(resources)).stream().map(Diagnostic::toString)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theConsistentSetIsSilent(Kind kind) {
    assertThat(analyze(SHOP, WEB, WEB_SERVICE, kind.gateway(), kind.route())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void parentNotFound(Kind kind) {
    assertThat(analyze(SHOP, WEB, WEB_SERVICE, kind.route())).containsExactly(
        "error ParentNotFound: " + kind.kind() + " \"shop/web\": spec.parentRefs[0]: "
            + "Gateway \"shop/web\" is not in the set");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void noMatchingParent(Kind kind) {
    Route route = kind.route(ParentReference.builder().name("web").sectionName("other").build(),
        Optional.empty(), "shop", "web", 8080);

    assertThat(analyze(SHOP, WEB, WEB_SERVICE, kind.gateway(), route)).containsExactly(
        "error NoMatchingParent: " + kind.kind() + " \"shop/web\": spec.parentRefs[0].sectionName: "
            + "Gateway \"shop/web\" has no listener \"other\"; its listeners are \"web\" (port "
            + kind.listener.port() + ")");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void notAllowedByListeners(Kind kind) {
    Gateway onlyOtherKinds = kind.gateway(kind.listener.withAllowedRoutes(AllowedRoutes.builder()
        .namespaces(RouteNamespaces.all()).addKind(RouteGroupKind.of("OtherRoute")).build()));

    assertThat(analyze(SHOP, WEB, WEB_SERVICE, onlyOtherKinds, kind.route())).containsExactly(
        "error NotAllowedByListeners: " + kind.kind() + " \"shop/web\": spec.parentRefs[0]: "
            + "Gateway \"shop/web\" does not take the route: listener \"web\" takes kinds "
            + "OtherRoute only, not " + kind.kind());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void notTakenByTheListenersProtocol(Kind kind) {
    Gateway otherProtocol = kind.gateway(kind.otherProtocol);

    assertThat(analyze(SHOP, WEB, WEB_SERVICE, otherProtocol, kind.route())).containsExactly(
        "error NotAllowedByListeners: " + kind.kind() + " \"shop/web\": spec.parentRefs[0]: "
            + "Gateway \"shop/web\" does not take the route: listener \"web\" has protocol "
            + kind.otherTakes + ", not " + kind.kind());
  }

  /** The set {@code check} sees when only the route was written: no Gateway, no Service. */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRouteAloneHasNeitherParentNorBackend(Kind kind) {
    assertThat(analyze(SHOP, kind.route())).containsExactlyInAnyOrder(
        "error ParentNotFound: " + kind.kind() + " \"shop/web\": spec.parentRefs[0]: "
            + "Gateway \"shop/web\" is not in the set",
        "error BackendNotFound: " + kind.kind() + " \"shop/web\": spec.rules[0].backendRefs[0]: "
            + "Service \"shop/web\" is not in the set");
  }

  /** Adding a route kind to the registry without a case here fails. */
  @Test
  void everyRouteKindOfTheRegistryIsCoveredHere() {
    assertThat(Arrays.stream(Kind.values()).map(Kind::kind)).containsExactlyInAnyOrderElementsOf(
        Kinds.ALL.stream().filter(k -> k.isRoute()).map(k -> k.kind()).toList());
    for (Kind kind : Kind.values()) {
      Route route = kind.route();
      assertThat(Kinds.find(route.apiVersion(), route.kind()).orElseThrow().type())
          .isAssignableFrom(route.getClass());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"HTTP_ROUTE", "GRPC_ROUTE", "TLS_ROUTE"})
  void noMatchingListenerHostname(Kind kind) {
    Gateway gateway = kind.gateway(kind.listener.withHostname("shop.example.com"));
    Route route = kind.route(ParentReference.to(gateway), Optional.of("other.example.com"), "shop",
        "web", 8080);

    assertThat(analyze(SHOP, WEB, WEB_SERVICE, gateway, route)).containsExactly(
        "error NoMatchingListenerHostname: " + kind.kind() + " \"shop/web\": spec.hostnames: "
            + "no hostname intersects those of Gateway \"shop/web\"'s listeners: "
            + "\"shop.example.com\" (listener \"web\")");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void backendNotFound(Kind kind) {
    assertThat(analyze(SHOP, kind.gateway(), kind.route())).containsExactly(
        "error BackendNotFound: " + kind.kind() + " \"shop/web\": spec.rules[0].backendRefs[0]: "
            + "Service \"shop/web\" is not in the set");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void backendPortNotFound(Kind kind) {
    Route route = kind.route(ParentReference.to(kind.gateway()), Optional.empty(), "shop", "web",
        9090);

    assertThat(analyze(SHOP, WEB, WEB_SERVICE, kind.gateway(), route)).containsExactly(
        "error BackendPortNotFound: " + kind.kind() + " \"shop/web\": "
            + "spec.rules[0].backendRefs[0].port: Service \"shop/web\" has no port 9090; its ports "
            + "are 8080");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void refNotPermittedUnlessAGrantNamesTheKind(Kind kind) {
    Deployment billingApp = app("payments", "billing");
    Service billing = Service.exposing(billingApp, 8080).build();
    Route route = kind.route(ParentReference.to(kind.gateway()), Optional.empty(), "payments",
        "billing", 8080);
    List<KubernetesResource> set = new ArrayList<>(List.of(SHOP, kind.gateway(), billingApp, billing,
        route));

    assertThat(analyze(set.toArray(KubernetesResource[]::new))).containsExactly(
        "error RefNotPermitted: " + kind.kind() + " \"shop/web\": "
            + "spec.rules[0].backendRefs[0].namespace: no ReferenceGrant in namespace \"payments\" "
            + "lets " + kind.kind() + "s of namespace \"shop\" refer to Service "
            + "\"payments/billing\"");

    set.add(ReferenceGrant.allowing(route, billing));
    assertThat(analyze(set.toArray(KubernetesResource[]::new))).isEmpty();
  }
}
