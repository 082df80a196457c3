package dev.gatewaydsl.istio.migration;

import dev.gatewaydsl.istio.DestinationRule;
import dev.gatewaydsl.istio.Durations;
import dev.gatewaydsl.istio.IstioResource;
import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.istio.Unmodelled;
import dev.gatewaydsl.istio.VirtualService;
import dev.gatewaydsl.istio.VirtualService.Destination;
import dev.gatewaydsl.istio.VirtualService.HTTPMatchRequest;
import dev.gatewaydsl.istio.VirtualService.HeaderOperations;
import dev.gatewaydsl.istio.VirtualService.RouteDestination;
import dev.gatewaydsl.istio.VirtualService.StringMatch;
import dev.gatewaydsl.istio.migration.IstioToGatewayApi.Options;
import dev.gatewaydsl.istio.migration.MigrationReport.Entry;
import dev.gatewaydsl.istio.migration.MigrationReport.Kind;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.LabelSelectorRequirement;
import dev.gatewaydsl.model.gateway.AllowedRoutes;
import dev.gatewaydsl.model.gateway.BackendObjectReference;
import dev.gatewaydsl.model.gateway.BackendRef;
import dev.gatewaydsl.model.gateway.Fraction;
import dev.gatewaydsl.model.gateway.HTTPCORSFilter;
import dev.gatewaydsl.model.gateway.HTTPMethodWithWildcard;
import dev.gatewaydsl.model.gateway.GRPCBackendRef;
import dev.gatewaydsl.model.gateway.GRPCHeaderMatch;
import dev.gatewaydsl.model.gateway.GRPCMethodMatch;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GRPCRouteFilter;
import dev.gatewaydsl.model.gateway.GRPCRouteMatch;
import dev.gatewaydsl.model.gateway.GRPCRouteRule;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPHeaderFilter;
import dev.gatewaydsl.model.gateway.HTTPHeaderMatch;
import dev.gatewaydsl.model.gateway.HTTPMethod;
import dev.gatewaydsl.model.gateway.HTTPPathMatch;
import dev.gatewaydsl.model.gateway.HTTPPathModifier;
import dev.gatewaydsl.model.gateway.HTTPQueryParamMatch;
import dev.gatewaydsl.model.gateway.HTTPRequestMirrorFilter;
import dev.gatewaydsl.model.gateway.HTTPRequestRedirectFilter;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteMatch;
import dev.gatewaydsl.model.gateway.HTTPRouteRetry;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.HTTPRouteTimeouts;
import dev.gatewaydsl.model.gateway.HTTPURLRewriteFilter;
import dev.gatewaydsl.model.gateway.HeaderMatchType;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ListenerTLSConfig;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.PathMatchType;
import dev.gatewaydsl.model.gateway.QueryParamMatchType;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.ReferenceGrantFrom;
import dev.gatewaydsl.model.gateway.ReferenceGrantSpec;
import dev.gatewaydsl.model.gateway.ReferenceGrantTo;
import dev.gatewaydsl.model.gateway.RouteNamespaces;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TCPRouteRule;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.TLSRouteRule;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.model.workload.ServiceSpec;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** One run of {@link IstioToGatewayApi}: the state of converting one set. */
final class Conversion {
  private static final Pattern SECTION_NAME =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");
  private static final Pattern STATUS_CODE = Pattern.compile("[45][0-9][0-9]");
  private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";

  private static final String CERTIFICATE_FILES = "certificate files in the gateway pod have no "
      + "Gateway API equivalent; listeners take Secrets";
  private static final String TLS_PARAMETERS = "TLS versions and cipher suites have no "
      + "portable Gateway API field";

  /** Why a field Istio has and the Gateway API has not is left out. */
  private static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("fault", "fault injection has no Gateway API equivalent"),
      Map.entry("unmatchedPreflights", "the CORS filter has no setting for preflight "
          + "requests that match no origin"),
      Map.entry("delegate", "delegation has no Gateway API equivalent; the delegate's routes "
          + "are not merged into this route"),
      Map.entry("directResponse", "a direct response has no Gateway API equivalent"),
      Map.entry("trafficPolicy", "traffic policies (load balancing, connection pools, outlier "
          + "detection, TLS to the backend) have no equivalent in the routes; see "
          + "BackendTLSPolicy and implementation-specific policies"),
      Map.entry("workloadSelector", "a workload selector has no Gateway API equivalent"),
      Map.entry("exportTo", "visibility across namespaces has no Gateway API equivalent"),
      Map.entry("sourceLabels", "matching on the labels of the calling workload has no Gateway "
          + "API equivalent; the rule now matches requests from every workload"),
      Map.entry("sourceNamespace", "matching on the namespace of the caller has no Gateway API "
          + "equivalent; the rule now matches requests from every namespace"),
      Map.entry("gateways", "restricting one match to some gateways has no Gateway API "
          + "equivalent; the match applies on every parent of the route"),
      Map.entry("authority", "a route matches hosts with spec.hostnames, not per match; the "
          + "match no longer checks the authority"),
      Map.entry("scheme", "matching on the scheme has no Gateway API equivalent"),
      Map.entry("port", "matching on the port has no per-match Gateway API equivalent"),
      Map.entry("ignoreUriCase", "case-insensitive path matching has no Gateway API equivalent"),
      Map.entry("withoutHeaders", "negative header matches have no Gateway API equivalent"),
      Map.entry("name", "match names have no Gateway API equivalent"),
      Map.entry("statPrefix", "stat prefixes have no Gateway API equivalent"),
      Map.entry("destinationSubnets", "matching on destination subnets has no Gateway API "
          + "equivalent"),
      Map.entry("sourceSubnet", "matching on the source subnet has no Gateway API equivalent"),
      Map.entry("uriRegexRewrite", "regex rewrites have no Gateway API equivalent"),
      Map.entry("selector", "the Gateway API Gateway gets its own deployment from its "
          + "GatewayClass; the pods this selector picks are not reused"),
      Map.entry("bind", "binding to one address has no Gateway API equivalent"),
      Map.entry("targetPort", "the pod port follows from the listener port"),
      Map.entry("defaultEndpoint", "a default endpoint has no Gateway API equivalent"),
      Map.entry("serverCertificate", CERTIFICATE_FILES),
      Map.entry("privateKey", CERTIFICATE_FILES),
      Map.entry("caCertificates", CERTIFICATE_FILES),
      Map.entry("minProtocolVersion", TLS_PARAMETERS),
      Map.entry("maxProtocolVersion", TLS_PARAMETERS),
      Map.entry("cipherSuites", TLS_PARAMETERS));

  private final Options options;
  private final GatewayApiTarget target;
  private final IstioSet input;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Key, Service> services = new LinkedHashMap<>();
  private final Map<Key, DestinationRule> destinationRules = new HashMap<>();
  private final Map<Key, Service> subsetServices = new LinkedHashMap<>();
  private final Set<String> usedSubsets = new HashSet<>();
  private final Map<Key, Set<String>> bindings = new HashMap<>();
  private final Set<Key> istioGateways = new HashSet<>();
  /** The listeners routes may bind to, for Gateways that also have redirect-only listeners. */
  private final Map<Key, List<String>> routeListeners = new HashMap<>();
  private final List<KubernetesResource> gateways = new ArrayList<>();
  private final List<KubernetesResource> routes = new ArrayList<>();
  private final Map<String, ReferenceGrant> grants = new LinkedHashMap<>();

  /** A namespace (never empty: the default namespace stands for none) and a name. */
  private record Key(String namespace, String name) {}

  /** A Service a host names, and the Service itself when the input has it. */
  private record ServiceRef(Key key, Optional<Service> service) {}

  /** A backend: a Service (maybe made for a subset), its namespace when not the route's, port. */
  private record Backend(String name, Optional<String> namespace, int port, Key key) {}

  /** The resource being converted, for the report: its label and (never empty) namespace. */
  private record Subject(String label, String namespace) {}

  Conversion(Options options, IstioSet input) {
    this.options = options;
    this.target = options.target();
    this.input = input;
  }

  Migration run() {
    for (KubernetesResource resource : input.others()) {
      if (resource instanceof Service service) {
        services.put(key(service.metadata().namespace(), service.metadata().name()), service);
      }
    }
    for (DestinationRule rule : input.destinationRules()) {
      Subject subject = subject(rule);
      Optional<ServiceRef> ref = resolve(rule.spec().host(), subject.namespace());
      if (ref.isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, FieldPath.of("spec", "host"), "\""
            + rule.spec().host() + "\" is not a Kubernetes Service; its subsets are not converted");
      } else {
        destinationRules.put(ref.get().key(), rule);
      }
    }
    for (dev.gatewaydsl.istio.Gateway gateway : input.gateways()) {
      istioGateways.add(key(gateway.metadata().namespace(), gateway.metadata().name()));
    }
    for (VirtualService vs : input.virtualServices()) {
      String namespace = namespace(vs.metadata().namespace());
      for (String name : vs.spec().gateways()) {
        if (!name.equals(VirtualService.MESH)) {
          bindings.computeIfAbsent(gatewayKey(name, namespace), k -> new TreeSet<>())
              .add(namespace);
        }
      }
    }
    input.gateways().forEach(this::gateway);
    input.virtualServices().forEach(this::virtualService);
    input.destinationRules().forEach(this::destinationRuleLeftovers);

    List<KubernetesResource> generated = new ArrayList<>(gateways);
    generated.addAll(routes);
    generated.addAll(subsetServices.values());
    generated.addAll(grants.values());
    return new Migration(input.others(), generated, new MigrationReport(entries));
  }

  // ---------------------------------------------------------------- Gateways

  private void gateway(dev.gatewaydsl.istio.Gateway gateway) {
    Subject subject = subject(gateway);
    Key key = key(gateway.metadata().namespace(), gateway.metadata().name());
    FieldPath spec = FieldPath.of("spec");
    if (!gateway.spec().selector().isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, spec.child("selector"), REASONS.get("selector"));
    }
    unmodelled(subject, spec, gateway.spec().unmodelled());
    AllowedRoutes allowed = allowedRoutes(key);

    List<Listener> listeners = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> distinct = new HashSet<>();
    List<String> redirects = new ArrayList<>();
    for (int i = 0; i < gateway.spec().servers().size(); i++) {
      dev.gatewaydsl.istio.Gateway.Server server = gateway.spec().servers().get(i);
      FieldPath at = spec.child("servers").index(i);
      unmodelled(subject, at, server.unmodelled());
      if (!server.bind().isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, at.child("bind"), REASONS.get("bind"));
      }
      if (!server.name().isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, at.child("name"),
            "server names have no Gateway API equivalent; listeners have their own names");
      }
      dev.gatewaydsl.istio.Gateway.Port port = server.port().orElseThrow();
      unmodelled(subject, at.child("port"), port.unmodelled());
      port.targetPort().ifPresent(t -> report(Kind.NOT_CONVERTED, subject,
          at.child("port").child("targetPort"), REASONS.get("targetPort")));
      int number = options.gatewayServicePorts().getOrDefault(port.number(), port.number());
      if (number != port.number()) {
        report(Kind.CHANGED, subject, at.child("port").child("number"), "the gateway pods' port "
            + port.number() + " is behind Service port " + number
            + "; the listener takes the Service port");
      }
      String protocol = port.protocol().toUpperCase(Locale.ROOT);
      String listenerProtocol;
      Optional<ListenerTLSConfig> tls = Optional.empty();
      boolean redirect = false;
      FieldPath tlsAt = at.child("tls");
      switch (protocol) {
        case "HTTP", "HTTP2", "GRPC", "GRPC-WEB" -> {
          listenerProtocol = "HTTP";
          if (!protocol.equals("HTTP")) {
            report(Kind.CHANGED, subject, at.child("port").child("protocol"), protocol
                + " is served by an HTTP listener (HTTP/2 and gRPC included)");
          }
          redirect = server.tls().flatMap(t -> t.httpsRedirect()).orElse(false);
          if (server.tls().isPresent()) {
            dev.gatewaydsl.istio.Gateway.ServerTLSSettings settings = server.tls().get();
            unmodelled(subject, tlsAt, settings.unmodelled());
            if (!settings.mode().isEmpty() || !settings.credentialName().isEmpty()) {
              report(Kind.NOT_CONVERTED, subject, tlsAt, "TLS settings on a plain " + protocol
                  + " server have no effect and no equivalent");
            }
          }
        }
        case "HTTPS", "TLS" -> {
          if (server.tls().isEmpty()) {
            report(Kind.NOT_CONVERTED, subject, at, "an " + protocol
                + " server without tls settings has no equivalent; no listener is made");
            continue;
          }
          dev.gatewaydsl.istio.Gateway.ServerTLSSettings settings = server.tls().get();
          unmodelled(subject, tlsAt, settings.unmodelled());
          String mode = settings.effectiveMode();
          switch (mode) {
            case "PASSTHROUGH" -> {
              listenerProtocol = "TLS";
              tls = Optional.of(ListenerTLSConfig.passthrough());
            }
            case "SIMPLE", "MUTUAL", "OPTIONAL_MUTUAL" -> {
              if (settings.credentialName().isEmpty()) {
                report(Kind.NOT_CONVERTED, subject, tlsAt.child("credentialName"),
                    "certificates from files in the gateway pod have no equivalent; a "
                        + "listener needs a Secret (credentialName); no listener is made");
                continue;
              }
              listenerProtocol = protocol;
              tls = Optional.of(ListenerTLSConfig.terminate(settings.credentialName()));
              report(Kind.CHANGED, subject, tlsAt.child("credentialName"), "the Secret \""
                  + settings.credentialName() + "\" must be in the Gateway's namespace \""
                  + subject.namespace() + "\"; Istio read it from the namespace of the "
                  + "gateway pods");
              if (!mode.equals("SIMPLE")) {
                report(Kind.NOT_CONVERTED, subject, tlsAt.child("mode"), mode
                    + ": client certificates are not validated by the converted listener");
              }
            }
            default -> {
              report(Kind.NOT_CONVERTED, subject, tlsAt.child("mode"), mode
                  + " has no Gateway API equivalent; no listener is made");
              continue;
            }
          }
        }
        case "TCP", "MONGO" -> {
          listenerProtocol = "TCP";
          if (protocol.equals("MONGO")) {
            report(Kind.CHANGED, subject, at.child("port").child("protocol"),
                "MONGO is served by a TCP listener, without Mongo-aware filters");
          }
        }
        default -> {
          report(Kind.NOT_CONVERTED, subject, at.child("port").child("protocol"), protocol
              + " has no Gateway API listener protocol; no listener is made");
          continue;
        }
      }
      String base = listenerName(port, listenerProtocol, number);
      for (int j = 0; j < server.hosts().size(); j++) {
        String host = server.hosts().get(j);
        int slash = host.indexOf('/');
        String hostName = slash >= 0 ? host.substring(slash + 1) : host;
        if (slash >= 0 && !host.startsWith("*/")) {
          report(Kind.NOT_CONVERTED, subject, at.child("hosts").index(j), "the namespace part \""
              + host.substring(0, slash) + "/\" has no per-host equivalent; allowedRoutes admits "
              + "the namespaces of the VirtualServices that bind to this Gateway");
        }
        Optional<String> hostname = hostName.equals("*") ? Optional.empty() : Optional.of(hostName);
        if (listenerProtocol.equals("TCP") && hostname.isPresent()) {
          report(Kind.CHANGED, subject, at.child("hosts").index(j),
              "TCP listeners take no hostname; the listener serves every host");
          hostname = Optional.empty();
        }
        if (!distinct.add(number + "/" + listenerProtocol + "/" + hostname.orElse(""))) {
          continue;
        }
        String name = unique(j == 0 ? base : base + "-" + (j + 1), names);
        Listener.Builder listener = Listener.builder().name(name).port(number)
            .protocol(listenerProtocol).allowedRoutes(allowed);
        hostname.ifPresent(listener::hostname);
        tls.ifPresent(listener::tls);
        listeners.add(listener.build());
        if (redirect) {
          redirects.add(name);
        }
      }
    }
    Optional<Gateway> converted = build(subject, spec, () -> Gateway.builder()
        .name(gateway.metadata().name()).namespace(gateway.metadata().namespace())
        .target(target).gatewayClassName(options.gatewayClassName())
        .spec(dev.gatewaydsl.model.gateway.GatewaySpec.builder()
            .gatewayClassName(options.gatewayClassName()).listeners(listeners).build())
        .build());
    if (converted.isEmpty()) {
      return;
    }
    gateways.add(converted.get());
    if (!redirects.isEmpty()) {
      routeListeners.put(key, listeners.stream().map(Listener::name)
          .filter(n -> !redirects.contains(n)).toList());
      HTTPRoute.Builder route = HTTPRoute.builder()
          .name(gateway.metadata().name() + "-https-redirect")
          .namespace(gateway.metadata().namespace()).target(target)
          .rule(HTTPRouteRule.builder()
              .addFilter(HTTPRouteFilter.requestRedirect(HTTPRequestRedirectFilter.toHttps()))
              .build());
      redirects.forEach(name -> route.parentRef(ParentReference.builder()
          .name(gateway.metadata().name()).sectionName(name).build()));
      build(subject, spec.child("servers"), route::build).ifPresent(routes::add);
    }
  }

  private AllowedRoutes allowedRoutes(Key gateway) {
    Set<String> from = bindings.getOrDefault(gateway, Set.of());
    if (from.isEmpty() || Set.of(gateway.namespace()).containsAll(from)) {
      return AllowedRoutes.fromNamespaces(RouteNamespaces.same());
    }
    return AllowedRoutes.fromNamespaces(RouteNamespaces.selector(LabelSelector.builder()
        .addMatchExpression(LabelSelectorRequirement.in(NAMESPACE_LABEL,
            from.toArray(String[]::new)))
        .build()));
  }

  private static String listenerName(dev.gatewaydsl.istio.Gateway.Port port, String protocol,
      int number) {
    String name = port.name().toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9.]", "-")
        .replaceAll("^[-.]+|[-.]+$", "");
    return SECTION_NAME.matcher(name).matches() && name.length() <= 200 ? name
        : protocol.toLowerCase(Locale.ROOT) + "-" + number;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  // ---------------------------------------------------------------- VirtualServices

  private void virtualService(VirtualService vs) {
    Subject subject = subject(vs);
    FieldPath spec = FieldPath.of("spec");
    VirtualService.Spec s = vs.spec();
    unmodelled(subject, spec, s.unmodelled());
    if (!s.exportTo().isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, spec.child("exportTo"), REASONS.get("exportTo"));
    }
    List<ParentReference> gatewayParents = new ArrayList<>();
    for (int i = 0; i < s.gateways().size(); i++) {
      String name = s.gateways().get(i);
      if (name.equals(VirtualService.MESH)) {
        continue;
      }
      Key key = gatewayKey(name, subject.namespace());
      if (!istioGateways.contains(key)) {
        report(Kind.CHANGED, subject, spec.child("gateways").index(i), "the Istio Gateway \""
            + name + "\" is not in the input; the route names a Gateway API Gateway of that name");
      }
      Optional<String> namespace = key.namespace().equals(subject.namespace())
          ? Optional.empty() : Optional.of(key.namespace());
      List<String> sections = routeListeners.getOrDefault(key, List.of());
      if (sections.isEmpty()) {
        gatewayParents.add(ParentReference.builder().name(key.name()).namespace(namespace)
            .build());
      }
      for (String section : sections) {
        gatewayParents.add(ParentReference.builder().name(key.name()).namespace(namespace)
            .sectionName(section).build());
      }
    }
    boolean mesh = s.appliesToMesh();
    // a short name is a Service in the VirtualService's namespace
    List<String> hostnames = s.hosts().contains("*") ? List.of()
        : s.hosts().stream().map(h -> h.contains(".") ? h
            : h + "." + subject.namespace() + ".svc." + options.clusterDomain()).toList();

    if (!s.http().isEmpty()) {
      List<Backend> crossNamespace = new ArrayList<>();
      List<HTTPRouteRule> rules = httpRules(subject, vs, crossNamespace);
      Optional<List<GRPCRouteRule>> grpc = grpcRules(vs, rules);
      String kind = grpc.isPresent() ? "GRPCRoute" : "HTTPRoute";
      if (s.http().size() > 1) {
        report(Kind.CHANGED, subject, spec.child("http"), "Istio takes the first route that "
            + "matches; the Gateway API takes the most specific match, and the first rule "
            + "only among equally specific ones; check routes that overlap");
      }
      List<ParentReference> meshParents = mesh ? meshParents(subject, vs, Optional.empty())
          : List.of();
      String name = vs.metadata().name();
      if (!gatewayParents.isEmpty()) {
        addRoute(subject, kind, name, vs, gatewayParents, hostnames, rules, grpc);
      }
      if (!meshParents.isEmpty()) {
        addRoute(subject, kind, gatewayParents.isEmpty() ? name : name + "-mesh", vs,
            meshParents, List.of(), rules, grpc);
      }
      if (!gatewayParents.isEmpty() || !meshParents.isEmpty()) {
        crossNamespace.forEach(b -> grant(kind, subject.namespace(), b));
      }
    }
    for (int i = 0; i < s.tcp().size(); i++) {
      tcpRoute(subject, vs, i, gatewayParents, mesh);
    }
    for (int i = 0; i < s.tls().size(); i++) {
      tlsRoute(subject, vs, i, gatewayParents, mesh);
    }
  }

  private void addRoute(Subject subject, String kind, String name, VirtualService vs,
      List<ParentReference> parents, List<String> hostnames, List<HTTPRouteRule> rules,
      Optional<List<GRPCRouteRule>> grpc) {
    FieldPath at = FieldPath.of("spec", "http");
    if (grpc.isPresent()) {
      build(subject, at, () -> {
        GRPCRoute.Builder route = GRPCRoute.builder().name(name)
            .namespace(vs.metadata().namespace()).target(target);
        parents.forEach(route::parentRef);
        hostnames.forEach(route::hostname);
        grpc.get().forEach(route::rule);
        return route.build();
      }).ifPresent(routes::add);
      return;
    }
    build(subject, at, () -> {
      HTTPRoute.Builder route = HTTPRoute.builder().name(name)
          .namespace(vs.metadata().namespace()).target(target);
      parents.forEach(route::parentRef);
      hostnames.forEach(route::hostname);
      rules.forEach(route::rule);
      return route.build();
    }).ifPresent(routes::add);
  }

  /** The Services of the hosts, as parents of mesh routes; {@code port} when a match names one. */
  private List<ParentReference> meshParents(Subject subject, VirtualService vs,
      Optional<Integer> port) {
    List<ParentReference> parents = new ArrayList<>();
    for (int i = 0; i < vs.spec().hosts().size(); i++) {
      String host = vs.spec().hosts().get(i);
      FieldPath at = FieldPath.of("spec", "hosts").index(i);
      Optional<ServiceRef> ref = resolve(host, subject.namespace());
      if (ref.isEmpty() || ref.get().service().isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, at, "\"" + host + "\" is not a Service in the input; "
            + "a mesh route needs the Service as its parent");
        continue;
      }
      Service service = ref.get().service().get();
      Optional<Integer> parentPort = port.isPresent() ? port
          : service.spec().ports().size() == 1
              ? Optional.of(service.spec().ports().get(0).port()) : Optional.empty();
      parents.add(ParentReference.builder().group("").kind("Service")
          .name(ref.get().key().name())
          .namespace(ref.get().key().namespace().equals(subject.namespace()) ? Optional.empty()
              : Optional.of(ref.get().key().namespace()))
          .port(parentPort).build());
    }
    return parents;
  }

  // ---------------------------------------------------------------- HTTP rules

  private List<HTTPRouteRule> httpRules(Subject subject, VirtualService vs,
      List<Backend> crossNamespace) {
    List<HTTPRouteRule> rules = new ArrayList<>();
    Set<String> ruleNames = new HashSet<>();
    for (int i = 0; i < vs.spec().http().size(); i++) {
      VirtualService.HTTPRoute http = vs.spec().http().get(i);
      FieldPath at = FieldPath.of("spec", "http").index(i);
      unmodelled(subject, at, http.unmodelled());
      if (http.route().isEmpty() && http.redirect().isEmpty()) {
        continue; // a direct response or a delegate, reported above
      }
      List<HTTPRouteMatch> matches = new ArrayList<>();
      for (int j = 0; j < http.match().size(); j++) {
        match(subject, http.match().get(j), at.child("match").index(j)).ifPresent(matches::add);
      }
      if (!http.match().isEmpty() && matches.isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, at.child("match"),
            "no match could be converted; the route is left out");
        continue;
      }
      List<HTTPRouteFilter> filters = new ArrayList<>();
      http.headers().ifPresent(h -> filters.addAll(headerFilters(subject, h, at.child("headers"))));
      http.redirect().ifPresent(r -> redirect(subject, r, at.child("redirect"))
          .ifPresent(filters::add));
      http.corsPolicy().ifPresent(c -> cors(subject, c, at.child("corsPolicy"))
          .ifPresent(filters::add));
      http.mirror().ifPresent(m -> mirror(subject, m, http.mirrorPercentage(), at.child("mirror"),
          at.child("mirrorPercentage"), crossNamespace).ifPresent(filters::add));
      for (int j = 0; j < http.mirrors().size(); j++) {
        VirtualService.HTTPMirrorPolicy policy = http.mirrors().get(j);
        FieldPath mirrorAt = at.child("mirrors").index(j);
        unmodelled(subject, mirrorAt, policy.unmodelled());
        mirror(subject, policy.destination(), policy.percentage(), mirrorAt.child("destination"),
            mirrorAt.child("percentage"), crossNamespace).ifPresent(filters::add);
      }
      List<HTTPBackendRef> backends = new ArrayList<>();
      boolean weighted = http.route().size() > 1;
      for (int j = 0; j < http.route().size(); j++) {
        VirtualService.HTTPRouteDestination destination = http.route().get(j);
        FieldPath destinationAt = at.child("route").index(j);
        unmodelled(subject, destinationAt, destination.unmodelled());
        Optional<Backend> backend = backend(subject, destination.destination(),
            destinationAt.child("destination"), crossNamespace);
        if (backend.isEmpty()) {
          continue;
        }
        HTTPBackendRef.Builder ref = HTTPBackendRef.builder().name(backend.get().name())
            .namespace(backend.get().namespace()).port(backend.get().port());
        if (weighted) {
          ref.weight(destination.weight().orElse(0));
        }
        destination.headers().ifPresent(h -> ref.addAllFilters(
            headerFilters(subject, h, destinationAt.child("headers"))));
        backends.add(ref.build());
      }
      if (!http.route().isEmpty() && backends.isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, at.child("route"),
            "no destination could be converted; the route is left out");
        continue;
      }
      if (weighted && weightsLeftNoTraffic(subject, at.child("route"), backends.size(),
          backends.stream().map(b -> b.weight().orElse(1)).toList())) {
        backends.replaceAll(b -> b.withWeight(Optional.empty()));
      }
      Optional<HTTPRouteTimeouts> timeouts = timeouts(subject, http, at);
      Optional<HTTPRouteRetry> retry = retry(subject, http, at);
      Optional<String> name = Optional.empty();
      if (!http.name().isEmpty()) {
        if (!target.servesField("HTTPRoute", "spec.rules[].name")) {
          report(Kind.NOT_CONVERTED, subject, at.child("name"), "rule names are not served by "
              + target.describe());
        } else if (!SECTION_NAME.matcher(http.name()).matches() || http.name().length() > 253
            || !ruleNames.add(http.name())) {
          report(Kind.NOT_CONVERTED, subject, at.child("name"), "\"" + http.name()
              + "\" is not a valid, unique Gateway API rule name");
        } else {
          name = Optional.of(http.name());
        }
      }
      List<List<HTTPRouteMatch>> groups = new ArrayList<>();
      List<List<HTTPRouteFilter>> groupFilters = new ArrayList<>();
      Optional<VirtualService.HTTPRewrite> rewrite = http.rewrite();
      if (rewrite.isPresent()) {
        unmodelled(subject, at.child("rewrite"), rewrite.get().unmodelled());
      }
      if (rewrite.isPresent() && !rewrite.get().uri().isEmpty()) {
        // ReplacePrefixMatch needs exactly one PathPrefix match per rule: one rule per match
        List<HTTPRouteMatch> each = matches.isEmpty()
            ? List.of(HTTPRouteMatch.pathPrefix("/")) : matches;
        for (HTTPRouteMatch match : each) {
          HTTPRouteMatch withPath = match.path().isPresent() ? match
              : match.withPath(HTTPPathMatch.pathPrefix("/"));
          boolean prefix = withPath.path().flatMap(HTTPPathMatch::type)
              .orElse(PathMatchType.PATH_PREFIX) == PathMatchType.PATH_PREFIX;
          HTTPPathModifier path = prefix
              ? HTTPPathModifier.replacePrefixMatch(rewrite.get().uri())
              : HTTPPathModifier.replaceFullPath(rewrite.get().uri());
          HTTPURLRewriteFilter urlRewrite = HTTPURLRewriteFilter.builder().path(path)
              .hostname(optional(rewrite.get().authority())).build();
          List<HTTPRouteFilter> withRewrite = new ArrayList<>(filters);
          withRewrite.add(HTTPRouteFilter.urlRewrite(urlRewrite));
          groups.add(List.of(withPath));
          groupFilters.add(withRewrite);
        }
        if (each.size() > 1) {
          report(Kind.CHANGED, subject, at.child("rewrite").child("uri"), "a path rewrite "
              + "needs one match per rule; the route becomes " + each.size() + " rules");
          name.ifPresent(n -> report(Kind.NOT_CONVERTED, subject, at.child("name"),
              "the route became several rules; they are not named"));
          name = Optional.empty();
        }
      } else {
        List<HTTPRouteFilter> all = new ArrayList<>(filters);
        rewrite.filter(r -> !r.authority().isEmpty()).ifPresent(r -> all.add(
            HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.toHostname(r.authority()))));
        groups.add(matches);
        groupFilters.add(all);
      }
      for (int g = 0; g < groups.size(); g++) {
        HTTPRouteRule.Builder rule = HTTPRouteRule.builder().matches(groups.get(g))
            .filters(groupFilters.get(g)).backendRefs(backends).timeouts(timeouts).retry(retry)
            .name(name);
        rules.add(rule.build());
      }
    }
    return rules;
  }

  /**
   * Whether the weights of the backends that were converted send no traffic anywhere (all 0,
   * or one backend left of several), so that they must be dropped; reports it if so.
   */
  private boolean weightsLeftNoTraffic(Subject subject, FieldPath at, int count,
      List<Integer> weights) {
    if (count == 1 || weights.stream().allMatch(w -> w == 0)) {
      report(Kind.CHANGED, subject, at, count == 1 ? "one destination is left; it takes all "
          + "the traffic" : "no weight is set; the traffic is split evenly");
      return true;
    }
    return false;
  }

  private Optional<HTTPRouteMatch> match(Subject subject, HTTPMatchRequest match, FieldPath at) {
    unmodelled(subject, at, match.unmodelled());
    boolean dropped = false;
    if (!match.name().isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at.child("name"), REASONS.get("name"));
    }
    if (match.scheme().isPresent()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("scheme"), REASONS.get("scheme"));
    }
    if (match.authority().isPresent()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("authority"),
          REASONS.get("authority"));
    }
    if (match.port().isPresent()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("port"), REASONS.get("port"));
    }
    if (!match.sourceLabels().isEmpty()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("sourceLabels"),
          REASONS.get("sourceLabels"));
    }
    if (!match.gateways().isEmpty()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("gateways"),
          REASONS.get("gateways"));
    }
    if (match.ignoreUriCase().orElse(false)) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("ignoreUriCase"),
          REASONS.get("ignoreUriCase"));
    }
    if (!match.withoutHeaders().isEmpty()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("withoutHeaders"),
          REASONS.get("withoutHeaders"));
    }
    if (!match.sourceNamespace().isEmpty()) {
      dropped = report(Kind.NOT_CONVERTED, subject, at.child("sourceNamespace"),
          REASONS.get("sourceNamespace"));
    }
    HTTPRouteMatch.Builder result = HTTPRouteMatch.builder();
    boolean any = false;
    if (match.uri().isPresent()) {
      StringMatch uri = match.uri().get();
      FieldPath uriAt = at.child("uri");
      unmodelled(subject, uriAt, uri.unmodelled());
      if (uri.exact().isPresent()) {
        result.path(HTTPPathMatch.exact(uri.exact().get()));
        any = true;
      } else if (uri.prefix().isPresent()) {
        String prefix = uri.prefix().get();
        result.path(HTTPPathMatch.pathPrefix(prefix));
        any = true;
        if (!prefix.endsWith("/")) {
          report(Kind.CHANGED, subject, uriAt.child("prefix"), "Istio's prefix \"" + prefix
              + "\" matches any path that starts with it; PathPrefix matches whole path "
              + "segments (\"" + prefix + "\" and \"" + prefix + "/...\")");
        }
      } else if (uri.regex().isPresent()) {
        result.path(HTTPPathMatch.regularExpression(uri.regex().get()));
        any = true;
      }
    }
    for (Map.Entry<String, StringMatch> header : match.headers().entrySet()) {
      FieldPath headerAt = at.child("headers").key(header.getKey());
      if (!HEADER_NAME.matcher(header.getKey()).matches()) {
        dropped = report(Kind.NOT_CONVERTED, subject, headerAt, "\"" + header.getKey()
            + "\" is not a header name the Gateway API can match");
        continue;
      }
      Optional<String[]> value = typedValue(subject, header.getValue(), headerAt);
      if (value.isEmpty()) {
        dropped = true;
        continue;
      }
      result.addHeader(HTTPHeaderMatch.builder().name(header.getKey())
          .type(HeaderMatchType.valueOf(value.get()[0])).value(value.get()[1]).build());
      any = true;
    }
    for (Map.Entry<String, StringMatch> param : match.queryParams().entrySet()) {
      FieldPath paramAt = at.child("queryParams").key(param.getKey());
      Optional<String[]> value = typedValue(subject, param.getValue(), paramAt);
      if (value.isEmpty()) {
        dropped = true;
        continue;
      }
      result.addQueryParam(HTTPQueryParamMatch.builder().name(param.getKey())
          .type(QueryParamMatchType.valueOf(value.get()[0])).value(value.get()[1]).build());
      any = true;
    }
    if (match.method().isPresent()) {
      Optional<HTTPMethod> method = match.method().get().exact().flatMap(Conversion::method);
      if (method.isPresent()) {
        result.method(method.get());
        any = true;
      } else {
        dropped = report(Kind.NOT_CONVERTED, subject, at.child("method"), "only an exact match "
            + "of a standard method has a Gateway API equivalent");
      }
    }
    if (dropped && !any) {
      report(Kind.NOT_CONVERTED, subject, at, "no condition of this match could be converted; "
          + "the match is left out rather than matching every request");
      return Optional.empty();
    }
    return Optional.of(result.build());
  }

  private static Optional<HTTPMethod> method(String name) {
    for (HTTPMethod method : HTTPMethod.values()) {
      if (method.name().equals(name)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** {@code [EXACT|REGULAR_EXPRESSION, value]} of a header or query match, or empty. */
  private Optional<String[]> typedValue(Subject subject, StringMatch match, FieldPath at) {
    unmodelled(subject, at, match.unmodelled());
    if (match.exact().isPresent()) {
      return Optional.of(new String[] {"EXACT", match.exact().get()});
    }
    if (match.regex().isPresent()) {
      return Optional.of(new String[] {"REGULAR_EXPRESSION", match.regex().get()});
    }
    if (match.prefix().isPresent()) {
      report(Kind.CHANGED, subject, at.child("prefix"),
          "a prefix match becomes the regular expression \"" + re2Quote(match.prefix().get())
              + ".*\"");
      return Optional.of(new String[] {"REGULAR_EXPRESSION",
          re2Quote(match.prefix().get()) + ".*"});
    }
    report(Kind.CHANGED, subject, at, "a presence match becomes the regular expression \".*\"");
    return Optional.of(new String[] {"REGULAR_EXPRESSION", ".*"});
  }

  /** {@code text} with every RE2 metacharacter escaped. */
  static String re2Quote(String text) {
    StringBuilder quoted = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.toString();
  }

  private List<HTTPRouteFilter> headerFilters(Subject subject, VirtualService.Headers headers,
      FieldPath at) {
    unmodelled(subject, at, headers.unmodelled());
    List<HTTPRouteFilter> filters = new ArrayList<>();
    headers.request().ifPresent(ops -> filters.add(HTTPRouteFilter.requestHeaderModifier(
        headerFilter(subject, ops, at.child("request")))));
    headers.response().ifPresent(ops -> filters.add(HTTPRouteFilter.responseHeaderModifier(
        headerFilter(subject, ops, at.child("response")))));
    return filters;
  }

  private HTTPHeaderFilter headerFilter(Subject subject, HeaderOperations ops, FieldPath at) {
    unmodelled(subject, at, ops.unmodelled());
    HTTPHeaderFilter filter = HTTPHeaderFilter.empty();
    for (Map.Entry<String, String> e : ops.set().entrySet()) {
      filter = filter.set(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : ops.add().entrySet()) {
      filter = filter.add(e.getKey(), e.getValue());
    }
    for (String name : ops.remove()) {
      filter = filter.remove(name);
    }
    return filter;
  }

  private Optional<HTTPRouteFilter> redirect(Subject subject, VirtualService.HTTPRedirect redirect,
      FieldPath at) {
    unmodelled(subject, at, redirect.unmodelled());
    if (!redirect.derivePort().isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at.child("derivePort"), "the Gateway API derives "
          + "the port from the scheme or the listener; " + redirect.derivePort()
          + " is not converted");
    }
    int code = redirect.redirectCode().orElse(301);
    if (!HTTPRequestRedirectFilter.STATUS_CODES.contains(code)) {
      report(Kind.CHANGED, subject, at.child("redirectCode"), code
          + " is not a Gateway API redirect status code; 301 is used");
      code = 301;
    }
    HTTPRequestRedirectFilter.Builder filter = HTTPRequestRedirectFilter.builder()
        .scheme(optional(redirect.scheme())).hostname(optional(redirect.authority()))
        .port(redirect.port()).statusCode(code);
    if (!redirect.uri().isEmpty()) {
      filter.path(HTTPPathModifier.replaceFullPath(redirect.uri()));
    }
    return Optional.of(HTTPRouteFilter.requestRedirect(filter.build()));
  }

  /**
   * The CORS filter of {@code policy}, where the target serves it: exact origins (regex and
   * prefix origins, and origins the Gateway API cannot say, are reported), methods, headers, max
   * age in whole seconds and credentials.
   */
  private Optional<HTTPRouteFilter> cors(Subject subject, VirtualService.CorsPolicy policy,
      FieldPath at) {
    unmodelled(subject, at, policy.unmodelled());
    if (!target.servesField("HTTPRoute", "spec.rules[].filters[].cors")) {
      report(Kind.NOT_CONVERTED, subject, at, "the CORS filter is not served by "
          + target.describe());
      return Optional.empty();
    }
    HTTPCORSFilter.Builder cors = HTTPCORSFilter.builder();
    List<String> origins = new ArrayList<>();
    for (int i = 0; i < policy.allowOrigin().size(); i++) {
      origin(subject, policy.allowOrigin().get(i), at.child("allowOrigin").index(i), origins);
    }
    for (int i = 0; i < policy.allowOrigins().size(); i++) {
      StringMatch origin = policy.allowOrigins().get(i);
      FieldPath originAt = at.child("allowOrigins").index(i);
      if (origin.exact().isPresent()) {
        origin(subject, origin.exact().get(), originAt, origins);
      } else {
        report(Kind.NOT_CONVERTED, subject, originAt, "the CORS filter takes origins, not "
            + "prefix or regex matches of them");
      }
    }
    if (origins.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "no origin could be converted; no CORS filter is "
          + "made");
      return Optional.empty();
    }
    cors.allowOrigins(origins);
    for (int i = 0; i < policy.allowMethods().size(); i++) {
      String method = policy.allowMethods().get(i);
      Optional<HTTPMethodWithWildcard> known = java.util.Arrays.stream(
          HTTPMethodWithWildcard.values()).filter(m -> m.wire().equals(method)).findFirst();
      if (known.isPresent()) {
        cors.addAllowMethod(known.get());
      } else {
        report(Kind.NOT_CONVERTED, subject, at.child("allowMethods").index(i), "\"" + method
            + "\" is not a method the CORS filter takes");
      }
    }
    cors.allowHeaders(policy.allowHeaders()).exposeHeaders(policy.exposeHeaders())
        .allowCredentials(policy.allowCredentials());
    if (!policy.maxAge().isEmpty()) {
      BigDecimal nanos = Durations.nanos(policy.maxAge()).orElseThrow();
      BigDecimal seconds = nanos.divide(BigDecimal.valueOf(1_000_000_000L));
      int whole = seconds.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE).intValue();
      if (seconds.compareTo(BigDecimal.valueOf(whole)) != 0) {
        report(Kind.CHANGED, subject, at.child("maxAge"), "rounded up to " + whole
            + " whole seconds");
      }
      cors.maxAge(whole);
    }
    HTTPCORSFilter filter = cors.build();
    Violations violations = Violations.of("HTTPRoute", "");
    filter.validate(FieldPath.root(), violations);
    if (!violations.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "the CORS filter would be invalid: "
          + violations.list().get(0));
      return Optional.empty();
    }
    return Optional.of(HTTPRouteFilter.cors(filter));
  }

  /** Adds {@code origin} to {@code origins} if the CORS filter can say it; else reports it. */
  private void origin(Subject subject, String origin, FieldPath at, List<String> origins) {
    Violations violations = Violations.of("HTTPRoute", "");
    HTTPCORSFilter.allowingOrigins(origin).validate(FieldPath.root(), violations);
    if (violations.isEmpty() && !origins.contains(origin)) {
      origins.add(origin);
    } else if (!violations.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "\"" + origin + "\" is not an origin the CORS "
          + "filter takes (http(s)://host[:port], or *)");
    }
  }

  private Optional<HTTPRouteFilter> mirror(Subject subject, Destination destination,
      Optional<VirtualService.Percent> percentage, FieldPath at, FieldPath percentageAt,
      List<Backend> crossNamespace) {
    Optional<Backend> backend = backend(subject, destination, at, crossNamespace);
    if (backend.isEmpty()) {
      return Optional.empty();
    }
    HTTPRequestMirrorFilter.Builder mirror = HTTPRequestMirrorFilter.builder()
        .backendRef(BackendObjectReference.builder().name(backend.get().name())
            .namespace(backend.get().namespace()).port(backend.get().port()).build());
    if (percentage.isPresent() && percentage.get().value() < 100) {
      unmodelled(subject, percentageAt, percentage.get().unmodelled());
      if (!target.servesField("HTTPRoute",
          "spec.rules[].filters[].requestMirror.percent")) {
        report(Kind.NOT_CONVERTED, subject, at, "a mirror percentage is not served by "
            + target.describe() + "; rather than mirror every request, the mirror is left out");
        return Optional.empty();
      }
      BigDecimal value = BigDecimal.valueOf(percentage.get().value()).stripTrailingZeros();
      if (value.scale() <= 0) {
        mirror.percent(value.intValueExact());
      } else {
        int scale = Math.min(value.scale(), 6);
        if (scale < value.scale()) {
          report(Kind.CHANGED, subject, percentageAt, "rounded to six decimal places");
        }
        BigDecimal numerator = value.setScale(scale, RoundingMode.HALF_UP).movePointRight(scale);
        mirror.fraction(Fraction.of(numerator.intValueExact(),
            BigDecimal.valueOf(100).movePointRight(scale).intValueExact()));
      }
    }
    return Optional.of(HTTPRouteFilter.requestMirror(mirror.build()));
  }

  private Optional<HTTPRouteTimeouts> timeouts(Subject subject, VirtualService.HTTPRoute http,
      FieldPath at) {
    Optional<String> request = Optional.empty();
    Optional<String> backendRequest = Optional.empty();
    if (!http.timeout().isEmpty()) {
      if (target.servesField("HTTPRoute", "spec.rules[].timeouts.request")) {
        request = duration(subject, http.timeout(), at.child("timeout"));
      } else {
        report(Kind.NOT_CONVERTED, subject, at.child("timeout"), "timeouts are not served by "
            + target.describe());
      }
    }
    if (http.retries().isPresent() && !http.retries().get().perTryTimeout().isEmpty()
        && retriesServed()) {
      FieldPath perTry = at.child("retries").child("perTryTimeout");
      if (target.servesField("HTTPRoute", "spec.rules[].timeouts.backendRequest")) {
        backendRequest = duration(subject, http.retries().get().perTryTimeout(), perTry);
      } else {
        report(Kind.NOT_CONVERTED, subject, perTry, "backend request timeouts are not served "
            + "by " + target.describe());
      }
    }
    if (request.isEmpty() && backendRequest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(HTTPRouteTimeouts.builder().request(request)
        .backendRequest(backendRequest).build());
  }

  private boolean retriesServed() {
    return target.servesField("HTTPRoute", "spec.rules[].retry");
  }

  private Optional<HTTPRouteRetry> retry(Subject subject, VirtualService.HTTPRoute http,
      FieldPath at) {
    if (http.retries().isEmpty()) {
      return Optional.empty();
    }
    VirtualService.HTTPRetry retries = http.retries().get();
    FieldPath retriesAt = at.child("retries");
    if (!retriesServed()) {
      report(Kind.NOT_CONVERTED, subject, retriesAt, "retries need the experimental channel; "
          + target.describe() + " does not serve them");
      return Optional.empty();
    }
    unmodelled(subject, retriesAt, retries.unmodelled());
    HTTPRouteRetry.Builder retry = HTTPRouteRetry.builder().attempts(retries.attempts());
    List<String> conditions = new ArrayList<>();
    for (String condition : retries.retryOn().split(",")) {
      String c = condition.strip();
      if (STATUS_CODE.matcher(c).matches() && Integer.parseInt(c) <= 599) {
        retry.addCode(Integer.parseInt(c));
      } else if (!c.isEmpty()) {
        conditions.add(c);
      }
    }
    if (!conditions.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, retriesAt.child("retryOn"), "the conditions "
          + String.join(", ", conditions) + " have no Gateway API equivalent; only status "
          + "codes are retried on");
    }
    return Optional.of(retry.build());
  }

  private Optional<String> duration(Subject subject, String text, FieldPath at) {
    BigDecimal nanos = Durations.nanos(text).orElseThrow();
    BigDecimal millis = nanos.divide(BigDecimal.valueOf(1_000_000));
    long ms = millis.setScale(0, RoundingMode.CEILING).longValueExact();
    if (millis.compareTo(BigDecimal.valueOf(ms)) != 0) {
      report(Kind.CHANGED, subject, at, "rounded up to whole milliseconds");
    }
    String result = gatewayDuration(ms);
    if (result.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, text + " is longer than a Gateway API duration "
          + "can say");
      return Optional.empty();
    }
    return Optional.of(result);
  }

  /** {@code ms} as a Gateway API duration ({@code 1h2m3s400ms}), or empty if too long. */
  static String gatewayDuration(long ms) {
    if (ms == 0) {
      return "0s";
    }
    long[] parts = {ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000};
    String[] units = {"h", "m", "s", "ms"};
    if (parts[0] > 99_999) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != 0) {
        text.append(parts[i]).append(units[i]);
      }
    }
    return text.toString();
  }

  // ---------------------------------------------------------------- gRPC

  /**
   * The rules as GRPCRoute rules, when the target serves GRPCRoute, every backend is a gRPC
   * port, and every rule only matches gRPC methods and headers and only changes headers or
   * mirrors; else empty (an HTTPRoute carries gRPC as well).
   */
  private Optional<List<GRPCRouteRule>> grpcRules(VirtualService vs, List<HTTPRouteRule> rules) {
    if (target.servedVersions("GRPCRoute").isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    List<GRPCRouteRule> grpc = new ArrayList<>();
    for (HTTPRouteRule rule : rules) {
      if (rule.timeouts().isPresent() || rule.retry().isPresent() || rule.name().isPresent()
          || rule.backendRefs().isEmpty()) {
        return Optional.empty();
      }
      List<GRPCRouteFilter> filters = new ArrayList<>();
      for (HTTPRouteFilter filter : rule.filters()) {
        if (filter.requestHeaderModifier().isPresent()) {
          filters.add(GRPCRouteFilter.requestHeaderModifier(filter.requestHeaderModifier().get()));
        } else if (filter.responseHeaderModifier().isPresent()) {
          filters.add(GRPCRouteFilter.responseHeaderModifier(
              filter.responseHeaderModifier().get()));
        } else if (filter.requestMirror().isPresent()) {
          filters.add(GRPCRouteFilter.requestMirror(filter.requestMirror().get()));
        } else {
          return Optional.empty();
        }
      }
      List<GRPCRouteMatch> matches = new ArrayList<>();
      for (HTTPRouteMatch match : rule.matches()) {
        Optional<GRPCRouteMatch> converted = grpcMatch(match);
        if (converted.isEmpty()) {
          return Optional.empty();
        }
        matches.add(converted.get());
      }
      List<GRPCBackendRef> backends = new ArrayList<>();
      for (HTTPBackendRef ref : rule.backendRefs()) {
        if (!ref.filters().isEmpty() || !isGrpcPort(ref, vs)) {
          return Optional.empty();
        }
        backends.add(GRPCBackendRef.builder().name(ref.name()).namespace(ref.namespace())
            .port(ref.port()).weight(ref.weight()).build());
      }
      grpc.add(GRPCRouteRule.builder().matches(matches).filters(filters).backendRefs(backends)
          .build());
    }
    return Optional.of(grpc);
  }

  private static Optional<GRPCRouteMatch> grpcMatch(HTTPRouteMatch match) {
    if (!match.queryParams().isEmpty() || match.method().isPresent()) {
      return Optional.empty();
    }
    GRPCRouteMatch.Builder result = GRPCRouteMatch.builder();
    if (match.path().isPresent()) {
      HTTPPathMatch path = match.path().get();
      String value = path.value().orElse("/");
      PathMatchType type = path.type().orElse(PathMatchType.PATH_PREFIX);
      String[] parts = value.split("/", -1);
      if (type == PathMatchType.EXACT && parts.length == 3 && parts[0].isEmpty()
          && !parts[1].isEmpty() && !parts[2].isEmpty()) {
        result.method(GRPCMethodMatch.exact(parts[1], parts[2]));
      } else if (type == PathMatchType.PATH_PREFIX && parts.length >= 2 && parts[0].isEmpty()
          && !parts[1].isEmpty() && (parts.length == 2 || parts.length == 3 && parts[2].isEmpty())) {
        result.method(GRPCMethodMatch.exactService(parts[1]));
      } else if (!(type == PathMatchType.PATH_PREFIX && value.equals("/"))) {
        return Optional.empty();
      }
    }
    for (HTTPHeaderMatch header : match.headers()) {
      if (header.type().orElse(HeaderMatchType.EXACT) != HeaderMatchType.EXACT) {
        return Optional.empty();
      }
      result.addHeader(GRPCHeaderMatch.exact(header.name(), header.value()));
    }
    try {
      return Optional.of(result.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a gRPC service or method name
    }
  }

  private boolean isGrpcPort(HTTPBackendRef ref, VirtualService vs) {
    String namespace = ref.namespace().orElse(namespace(vs.metadata().namespace()));
    Service service = services.get(new Key(namespace, ref.name()));
    if (service == null) {
      service = subsetServices.get(new Key(namespace, ref.name()));
    }
    if (service == null || ref.port().isEmpty()) {
      return false;
    }
    return service.spec().ports().stream()
        .filter(p -> p.port() == ref.port().get())
        .anyMatch(p -> p.appProtocol().map(a -> a.equalsIgnoreCase("grpc")).orElse(false)
            || p.name().map(n -> n.equals("grpc") || n.startsWith("grpc-")).orElse(false));
  }

  // ---------------------------------------------------------------- TCP and TLS

  private void tcpRoute(Subject subject, VirtualService vs, int index,
      List<ParentReference> gatewayParents, boolean mesh) {
    VirtualService.TCPRoute tcp = vs.spec().tcp().get(index);
    FieldPath at = FieldPath.of("spec", "tcp").index(index);
    if (target.servedVersions("TCPRoute").isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "TCPRoute is not served by " + target.describe());
      return;
    }
    unmodelled(subject, at, tcp.unmodelled());
    Set<Integer> ports = new LinkedHashSet<>();
    for (int j = 0; j < tcp.match().size(); j++) {
      VirtualService.L4MatchAttributes match = tcp.match().get(j);
      FieldPath matchAt = at.child("match").index(j);
      unmodelled(subject, matchAt, match.unmodelled());
      if (!match.gateways().isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, matchAt.child("gateways"), REASONS.get("gateways"));
      }
      match.port().ifPresent(ports::add);
    }
    List<Backend> crossNamespace = new ArrayList<>();
    List<BackendRef> backends = l4Backends(subject, tcp.route(), at, crossNamespace);
    if (backends.isEmpty()) {
      return;
    }
    String name = vs.spec().tcp().size() == 1 ? vs.metadata().name()
        : vs.metadata().name() + "-tcp-" + index;
    List<ParentReference> parents = l4Parents(subject, vs, gatewayParents, mesh, ports);
    if (parents.isEmpty()) {
      return;
    }
    build(subject, at, () -> {
      TCPRoute.Builder route = TCPRoute.builder().name(name)
          .namespace(vs.metadata().namespace()).target(target);
      parents.forEach(route::parentRef);
      route.rule(TCPRouteRule.builder().backendRefs(backends).build());
      return route.build();
    }).ifPresent(r -> {
      routes.add(r);
      crossNamespace.forEach(b -> grant("TCPRoute", subject.namespace(), b));
    });
  }

  private void tlsRoute(Subject subject, VirtualService vs, int index,
      List<ParentReference> gatewayParents, boolean mesh) {
    VirtualService.TLSRoute tls = vs.spec().tls().get(index);
    FieldPath at = FieldPath.of("spec", "tls").index(index);
    if (target.servedVersions("TLSRoute").isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "TLSRoute is not served by " + target.describe());
      return;
    }
    unmodelled(subject, at, tls.unmodelled());
    Set<Integer> ports = new LinkedHashSet<>();
    Set<String> hostnames = new LinkedHashSet<>();
    for (int j = 0; j < tls.match().size(); j++) {
      VirtualService.TLSMatchAttributes match = tls.match().get(j);
      FieldPath matchAt = at.child("match").index(j);
      unmodelled(subject, matchAt, match.unmodelled());
      if (!match.gateways().isEmpty()) {
        report(Kind.NOT_CONVERTED, subject, matchAt.child("gateways"), REASONS.get("gateways"));
      }
      match.port().ifPresent(ports::add);
      match.sniHosts().stream().filter(h -> !h.equals("*")).forEach(hostnames::add);
    }
    List<Backend> crossNamespace = new ArrayList<>();
    List<BackendRef> backends = l4Backends(subject, tls.route(), at, crossNamespace);
    if (backends.isEmpty()) {
      return;
    }
    String name = vs.spec().tls().size() == 1 ? vs.metadata().name()
        : vs.metadata().name() + "-tls-" + index;
    List<ParentReference> parents = l4Parents(subject, vs, gatewayParents, mesh, ports);
    if (parents.isEmpty()) {
      return;
    }
    build(subject, at, () -> {
      TLSRoute.Builder route = TLSRoute.builder().name(name)
          .namespace(vs.metadata().namespace()).target(target);
      parents.forEach(route::parentRef);
      hostnames.forEach(route::hostname);
      route.rule(TLSRouteRule.builder().backendRefs(backends).build());
      return route.build();
    }).ifPresent(r -> {
      routes.add(r);
      crossNamespace.forEach(b -> grant("TLSRoute", subject.namespace(), b));
    });
  }

  private List<ParentReference> l4Parents(Subject subject, VirtualService vs,
      List<ParentReference> gatewayParents, boolean mesh, Set<Integer> ports) {
    List<ParentReference> parents = new ArrayList<>();
    for (ParentReference parent : gatewayParents) {
      if (ports.isEmpty()) {
        parents.add(parent);
      }
      for (int port : ports) {
        int listenerPort = options.gatewayServicePorts().getOrDefault(port, port);
        parents.add(parent.withPort(listenerPort).withSectionName(Optional.empty()));
      }
    }
    if (mesh) {
      if (ports.isEmpty()) {
        parents.addAll(meshParents(subject, vs, Optional.empty()));
      }
      for (int port : ports) {
        parents.addAll(meshParents(subject, vs, Optional.of(port)));
      }
    }
    return parents;
  }

  private List<BackendRef> l4Backends(Subject subject, List<RouteDestination> route, FieldPath at,
      List<Backend> crossNamespace) {
    List<BackendRef> backends = new ArrayList<>();
    for (int j = 0; j < route.size(); j++) {
      RouteDestination destination = route.get(j);
      FieldPath destinationAt = at.child("route").index(j);
      unmodelled(subject, destinationAt, destination.unmodelled());
      Optional<Backend> backend = backend(subject, destination.destination(),
          destinationAt.child("destination"), crossNamespace);
      backend.ifPresent(b -> {
        BackendRef.Builder ref = BackendRef.builder().name(b.name()).namespace(b.namespace())
            .port(b.port());
        if (route.size() > 1) {
          ref.weight(destination.weight().orElse(0));
        }
        backends.add(ref.build());
      });
    }
    if (backends.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at.child("route"),
          "no destination could be converted; the route is left out");
    } else if (route.size() > 1 && weightsLeftNoTraffic(subject, at.child("route"),
        backends.size(), backends.stream().map(b -> b.weight().orElse(1)).toList())) {
      backends.replaceAll(b -> b.withWeight(Optional.empty()));
    }
    return backends;
  }

  // ---------------------------------------------------------------- backends and subsets

  private Optional<Backend> backend(Subject subject, Destination destination, FieldPath at,
      List<Backend> crossNamespace) {
    unmodelled(subject, at, destination.unmodelled());
    Optional<ServiceRef> ref = resolve(destination.host(), subject.namespace());
    if (ref.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at.child("host"), "\"" + destination.host()
          + "\" is not a Kubernetes Service (an external host or a ServiceEntry); Gateway API "
          + "backends here are Services");
      return Optional.empty();
    }
    Optional<Service> service = ref.get().service();
    Optional<Integer> port = destination.port();
    if (port.isEmpty() && service.isPresent() && service.get().spec().ports().size() == 1) {
      port = Optional.of(service.get().spec().ports().get(0).port());
    }
    if (port.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at.child("port"), service.isEmpty()
          ? "the Service is not in the input and no port is given; a backend needs a port"
          : "the Service has several ports and none is given; a backend needs one");
      return Optional.empty();
    }
    Key key = ref.get().key();
    String name = key.name();
    if (!destination.subset().isEmpty()) {
      Optional<String> subsetService = subsetService(subject, key, service, destination.subset(),
          at.child("subset"));
      if (subsetService.isEmpty()) {
        return Optional.empty();
      }
      name = subsetService.get();
    }
    Key backendKey = new Key(key.namespace(), name);
    Backend backend = new Backend(name, key.namespace().equals(subject.namespace())
        ? Optional.empty() : Optional.of(key.namespace()), port.get(), backendKey);
    if (backend.namespace().isPresent()) {
      crossNamespace.add(backend);
    }
    return Optional.of(backend);
  }

  /** The name of the Service made for {@code subset} of the Service {@code key}, made once. */
  private Optional<String> subsetService(Subject subject, Key key, Optional<Service> service,
      String subset, FieldPath at) {
    DestinationRule rule = destinationRules.get(key);
    Optional<DestinationRule.Subset> found = rule == null ? Optional.empty()
        : rule.spec().subsets().stream().filter(s -> s.name().equals(subset)).findFirst();
    if (found.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "no DestinationRule of the input defines the "
          + "subset \"" + subset + "\" of " + key.name());
      return Optional.empty();
    }
    if (service.isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, at, "the Service " + key.name() + " is not in the "
          + "input; its ports and selector are needed to make the subset's Service");
      return Optional.empty();
    }
    String name = key.name() + "-" + subset;
    if (name.length() > 63 || !DNS1035.matcher(name).matches()) {
      report(Kind.NOT_CONVERTED, subject, at, "\"" + name + "\" is not a valid Service name");
      return Optional.empty();
    }
    usedSubsets.add(subsetKey(rule, subset));
    Key subsetKey = new Key(key.namespace(), name);
    if (!subsetServices.containsKey(subsetKey)) {
      Service base = service.get();
      Map<String, String> selector = new LinkedHashMap<>(base.spec().selector());
      selector.putAll(found.get().labels());
      List<ServicePort> ports = base.spec().ports();
      Optional<Service> made = build(subject, at, () -> Service.builder().name(name)
          .namespace(base.metadata().namespace())
          .spec(ServiceSpec.builder().ports(ports).selector(selector).build()).build());
      if (made.isEmpty()) {
        return Optional.empty();
      }
      subsetServices.put(subsetKey, made.get());
    }
    return Optional.of(name);
  }

  private static String subsetKey(DestinationRule rule, String subset) {
    return rule.metadata().namespace() + "/" + rule.metadata().name() + "/" + subset;
  }

  private void destinationRuleLeftovers(DestinationRule rule) {
    Subject subject = subject(rule);
    FieldPath spec = FieldPath.of("spec");
    unmodelled(subject, spec, rule.spec().unmodelled());
    if (!rule.spec().exportTo().isEmpty()) {
      report(Kind.NOT_CONVERTED, subject, spec.child("exportTo"), REASONS.get("exportTo"));
    }
    for (int i = 0; i < rule.spec().subsets().size(); i++) {
      DestinationRule.Subset subset = rule.spec().subsets().get(i);
      FieldPath at = spec.child("subsets").index(i);
      if (!usedSubsets.contains(subsetKey(rule, subset.name()))) {
        report(Kind.UNUSED, subject, at, "no converted route uses the subset \"" + subset.name()
            + "\"; no Service is made for it");
      }
      unmodelled(subject, at, subset.unmodelled());
    }
  }

  private void grant(String routeKind, String routeNamespace, Backend backend) {
    String to = backend.key().namespace();
    String name = routeNamespace + "-" + routeKind.toLowerCase(Locale.ROOT) + "-to-"
        + backend.name();
    String id = to + "/" + name;
    if (grants.containsKey(id)) {
      return;
    }
    grants.put(id, ReferenceGrant.builder().name(name.length() > 253 ? name.substring(0, 253)
            : name).namespace(to).target(target)
        .spec(ReferenceGrantSpec.builder()
            .addFrom(ReferenceGrantFrom.of(GatewayApi.GROUP, routeKind, routeNamespace))
            .addTo(ReferenceGrantTo.of("", "Service").withName(backend.name()))
            .build())
        .build());
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The Service a host names: a short name in {@code namespace}, or {@code
   * name.namespace.svc.<cluster domain>}; empty for any other host.
   */
  private Optional<ServiceRef> resolve(String host, String namespace) {
    if (host.contains("*") || host.isEmpty()) {
      return Optional.empty();
    }
    Key key;
    String suffix = ".svc." + options.clusterDomain();
    if (!host.contains(".")) {
      key = new Key(namespace, host);
    } else if (host.endsWith(suffix)) {
      String[] parts = host.substring(0, host.length() - suffix.length()).split("\\.");
      if (parts.length != 2) {
        return Optional.empty();
      }
      key = new Key(parts[1], parts[0]);
    } else {
      return Optional.empty();
    }
    return Optional.of(new ServiceRef(key, Optional.ofNullable(services.get(key))));
  }

  private Key gatewayKey(String reference, String namespace) {
    int slash = reference.indexOf('/');
    return slash < 0 ? new Key(namespace, reference)
        : new Key(namespace(reference.substring(0, slash)), reference.substring(slash + 1));
  }

  private Key key(String namespace, String name) {
    return new Key(namespace(namespace), name);
  }

  private String namespace(String namespace) {
    return namespace.isEmpty() ? options.defaultNamespace() : namespace;
  }

  private Subject subject(IstioResource resource) {
    String namespace = resource.metadata().namespace();
    String label = resource.kind() + " " + (namespace.isEmpty() ? "" : namespace + "/")
        + resource.metadata().name();
    return new Subject(label, namespace(namespace));
  }

  /** Adds an entry; returns true, so that callers can note that something was dropped. */
  private boolean report(Kind kind, Subject subject, FieldPath field, String reason) {
    entries.add(new Entry(kind, subject.label(), field.toString(), reason));
    return true;
  }

  private void unmodelled(Subject subject, FieldPath at, Unmodelled unmodelled) {
    for (String name : unmodelled.names()) {
      report(Kind.NOT_CONVERTED, subject, at.child(name), REASONS.getOrDefault(name,
          "not modelled, and not converted"));
    }
  }

  private <T> Optional<T> build(Subject subject, FieldPath at, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException e) {
      report(Kind.NOT_CONVERTED, subject, at, "the converted resource is invalid, so it is left "
          + "out: " + e.getMessage().replace('\n', ' '));
      return Optional.empty();
    }
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
