package dev.gatewaydsl.conformance;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.BackendTLSPolicy;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GRPCRouteRule;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayClass;
import dev.gatewaydsl.model.gateway.GatewaySpecAddress;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPHeaderFilter;
import dev.gatewaydsl.model.gateway.HTTPMethod;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteMatch;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.HTTPURLRewriteFilter;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ListenerEntry;
import dev.gatewaydsl.model.gateway.ListenerSet;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TCPRouteRule;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.TLSRouteRule;
import dev.gatewaydsl.model.gateway.UDPRoute;
import dev.gatewaydsl.model.gateway.UDPRouteRule;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random valid resources of every kind, built through the DSL from pools of valid values: names,
 * ports, hostnames, paths, weights, header names, filters. Used by the property-based round trip
 * and as the "generated valid" part of the differential corpus.
 */
final class RandomResources {
  private static final List<String> NAMES = List.of("web", "api", "shop", "a", "x-1", "payments",
      "echo-server", "0day", "z".repeat(63), "svc.v2");
  private static final List<String> NAMESPACES = List.of("default", "shop", "team-a", "x",
      "n".repeat(63));
  private static final List<String> HOSTS = List.of("example.com", "*.example.com",
      "api.shop.example.org", "a.b", "x-y.z");
  private static final List<String> PATHS = List.of("/", "/api", "/api/v1", "/a_b-c.d~e",
      "/%2A", "/x:y@z", "/" + "p".repeat(200));
  private static final List<String> HEADERS = List.of("x-canary", "X-Request-Id", "user-agent",
      "h".repeat(256), "a!#$%&'*+-.^_`|~");
  private static final List<String> VALUES = List.of("true", "on", "15021", "a b", "v",
      "012", "yes", "~", "x".repeat(100));
  private static final List<String> LABEL_VALUES = List.of("true", "on", "15021", "yes", "012",
      "v", "", "a.b_c-d", "l".repeat(63));
  private static final List<Function<Random, KubernetesResource>> KINDS = List.of(
      RandomResources::gateway, RandomResources::gatewayClass, RandomResources::listenerSet,
      RandomResources::httpRoute, RandomResources::grpcRoute, RandomResources::tcpRoute,
      RandomResources::tlsRoute, RandomResources::udpRoute, RandomResources::referenceGrant,
      RandomResources::backendTlsPolicy, RandomResources::namespace, RandomResources::deployment,
      RandomResources::service);

  private RandomResources() {}

  /** A random resource of a random kind. */
  static KubernetesResource any(Random random) {
    return pick(random, KINDS).apply(random);
  }

  /** {@code count} resources, every kind in turn, from a fixed seed. */
  static List<KubernetesResource> sample(long seed, int count) {
    Random random = new Random(seed);
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> KINDS.get(i % KINDS.size()).apply(random)).toList();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static int port(Random random) {
    return pick(random, List.of(1, 80, 443, 8080, 15021, 65535, 1 + random.nextInt(65535)));
  }

  private static Service service(Random random, String namespace) {
    Deployment app = Deployment.builder().name(pick(random, List.of("web", "api", "db")))
        .namespace(namespace).selectorLabel("app", pick(random, LABEL_VALUES))
        .container(Container.of("app", "nginx:1.27").withPort(port(random))).build();
    return Service.exposing(app, port(random)).build();
  }

  static Gateway gateway(Random random) {
    Gateway.Builder gateway = Gateway.builder().name(pick(random, NAMES))
        .namespace(pick(random, NAMESPACES)).gatewayClassName(pick(random, List.of("istio",
            "example", "gc.v1")));
    int listeners = 1 + random.nextInt(4);
    java.util.Set<Integer> ports = new java.util.HashSet<>();
    for (int i = 0; i < listeners; i++) {
      String name = "l" + i;
      int port = port(random);
      while (!ports.add(port)) {
        port = 1 + random.nextInt(65535);
      }
      Listener listener = switch (random.nextInt(5)) {
        case 0 -> Listener.http(name, port).allowedRoutesFromAllNamespaces();
        case 1 -> Listener.https(name, port, pick(random, NAMES));
        case 2 -> Listener.tls(name, port).withHostname(pick(random, HOSTS));
        case 3 -> Listener.tcp(name, port);
        default -> Listener.http(name, port).withHostname(pick(random, HOSTS))
            .allowedRoutesFromNamespaces(LabelSelector.matchLabel("team", pick(random, LABEL_VALUES)));
      };
      gateway.listener(listener);
    }
    if (random.nextBoolean()) {
      gateway.address(random.nextBoolean() ? GatewaySpecAddress.ipAddress("10.0.0." + random
          .nextInt(256)) : GatewaySpecAddress.hostname(pick(random, HOSTS).replace("*.", "")));
    }
    if (random.nextBoolean()) {
      gateway.infrastructureAnnotation("service.beta.kubernetes.io/port_80_health-probe_port",
          pick(random, VALUES));
      gateway.infrastructureLabel("istio.io/rev", "asm-1-" + random.nextInt(40));
    }
    if (random.nextBoolean()) {
      gateway.label("istio.io/rev", "asm-1-17").annotation("note", pick(random, VALUES));
    }
    return gateway.build();
  }

  static GatewayClass gatewayClass(Random random) {
    return GatewayClass.of(pick(random, NAMES), pick(random, List.of("istio.io/gateway-controller",
        "example.com/gateway-controller", "a.b/c")));
  }

  static ListenerSet listenerSet(Random random) {
    Gateway gateway = gateway(random);
    return ListenerSet.builder().name(pick(random, NAMES)).namespace(gateway.metadata().namespace())
        .parentRef(gateway).listener(ListenerEntry.of(Listener.http("extra", port(random))))
        .build();
  }

  static HTTPRoute httpRoute(Random random) {
    String namespace = pick(random, NAMESPACES);
    Service backend = service(random, namespace);
    HTTPRoute.Builder route = HTTPRoute.builder().name(pick(random, NAMES)).namespace(namespace)
        .parentRef(ParentReference.to(gateway(random)));
    if (random.nextBoolean()) {
      route.hostname(pick(random, HOSTS));
    }
    int rules = 1 + random.nextInt(3);
    for (int i = 0; i < rules; i++) {
      HTTPRouteRule rule = switch (random.nextInt(5)) {
        case 0 -> HTTPRouteRule.pathPrefix(pick(random, PATHS));
        case 1 -> HTTPRouteRule.exactPath(pick(random, PATHS));
        case 2 -> HTTPRouteRule.header(pick(random, HEADERS), pick(random, VALUES));
        case 3 -> HTTPRouteRule.queryParam(pick(random, List.of("q", "version", "a-b")),
            pick(random, VALUES));
        default -> HTTPRouteRule.match(HTTPRouteMatch.method(pick(random,
            List.of(HTTPMethod.values()))).addHeader(pick(random, HEADERS), "v"));
      };
      rule = switch (random.nextInt(5)) {
        case 0 -> rule.backendRefs(HTTPBackendRef.to(backend, 80).withWeight(random.nextInt(101)),
            HTTPBackendRef.to(backend, 8080).withWeight(1_000_000));
        case 1 -> rule.backendRef(backend, port(random)).filter(
            HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
                .set(pick(random, HEADERS), pick(random, VALUES)).remove("x-remove")));
        case 2 -> rule.filter(HTTPRouteFilter.requestRedirectToHttps());
        case 3 -> rule.backendRef(backend, port(random))
            .filter(HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.toHostname(
                pick(random, HOSTS).replace("*.", ""))))
            .timeouts(pick(random, List.of("1s", "10s", "1m", "500ms")));
        default -> rule.backendRef(backend, port(random))
            .filter(HTTPRouteFilter.requestMirror(backend, port(random)));
      };
      route.rule(rule);
    }
    return route.build();
  }

  static GRPCRoute grpcRoute(Random random) {
    String namespace = pick(random, NAMESPACES);
    Service backend = service(random, namespace);
    return GRPCRoute.builder().name(pick(random, NAMES)).namespace(namespace)
        .parentRef(ParentReference.to(gateway(random)))
        .rule(random.nextBoolean()
            ? GRPCRouteRule.method("com.example.User", pick(random, List.of("Login", "Get")))
            .backendRef(backend, port(random))
            : GRPCRouteRule.service("a.b.C").backendRef(backend, port(random)))
        .build();
  }

  static TCPRoute tcpRoute(Random random) {
    String namespace = pick(random, NAMESPACES);
    return TCPRoute.builder().name(pick(random, NAMES)).namespace(namespace)
        .parentRef(ParentReference.to(gateway(random)))
        .rule(TCPRouteRule.to(service(random, namespace), port(random))).build();
  }

  static TLSRoute tlsRoute(Random random) {
    String namespace = pick(random, NAMESPACES);
    return TLSRoute.builder().name(pick(random, NAMES)).namespace(namespace)
        .parentRef(ParentReference.to(gateway(random))).hostname(pick(random, HOSTS))
        .rule(TLSRouteRule.to(service(random, namespace), port(random))).build();
  }

  static UDPRoute udpRoute(Random random) {
    String namespace = pick(random, NAMESPACES);
    return UDPRoute.builder().name(pick(random, NAMES)).namespace(namespace)
        .parentRef(ParentReference.to(gateway(random)))
        .rule(UDPRouteRule.to(service(random, namespace), port(random))).build();
  }

  static ReferenceGrant referenceGrant(Random random) {
    HTTPRoute route = httpRoute(random);
    Service target = service(random, "other-" + random.nextInt(100));
    return ReferenceGrant.allowing(route, target);
  }

  static BackendTLSPolicy backendTlsPolicy(Random random) {
    return BackendTLSPolicy.forService(service(random, pick(random, NAMESPACES)),
        pick(random, HOSTS).replace("*.", "")).caCertificateRef(pick(random, NAMES)).build();
  }

  static Namespace namespace(Random random) {
    return Namespace.named(pick(random, NAMESPACES)).withLabel("team", pick(random, LABEL_VALUES));
  }

  static Deployment deployment(Random random) {
    return Deployment.builder().name(pick(random, NAMES)).namespace(pick(random, NAMESPACES))
        .replicas(random.nextInt(5)).selectorLabel("app", pick(random, LABEL_VALUES))
        .container(Container.of("c", "registry.example.com/app:1." + random.nextInt(10))
            .withPort(ContainerPort.builder().name("http").containerPort(port(random)).build())
            .withEnv("MODE", pick(random, VALUES)))
        .build();
  }

  static Service service(Random random) {
    return service(random, pick(random, NAMESPACES));
  }
}
