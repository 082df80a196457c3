package dev.gatewaydsl.istio.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.istio.DestinationRule;
import dev.gatewaydsl.istio.Gateway;
import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.istio.Unmodelled;
import dev.gatewaydsl.istio.VirtualService;
import dev.gatewaydsl.istio.VirtualService.Destination;
import dev.gatewaydsl.istio.VirtualService.HTTPMatchRequest;
import dev.gatewaydsl.istio.VirtualService.HTTPRouteDestination;
import dev.gatewaydsl.istio.VirtualService.StringMatch;
import dev.gatewaydsl.istio.migration.MigrationReport.Kind;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPHeaderMatch;
import dev.gatewaydsl.model.gateway.HTTPQueryParamMatch;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteMatch;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any VirtualService that uses only what converts exactly (path, header, query and method
 * matches; weighted destinations to Services and their subsets), the HTTPRoute keeps every
 * match, every destination and every weight, and the report has nothing that was not converted.
 */
class ConversionPropertiesTest {
  private static final Map<String, Integer> SERVICES = Map.of("reviews", 9080, "ratings", 8080);
  private static final List<String> SUBSETS = List.of("", "v1", "v2");

  @Property(tries = 200)
  void keepsMatchesDestinationsAndWeights(@ForAll("virtualServices") VirtualService vs) {
    Migration migration = IstioToGatewayApi.forTarget(GatewayApiTarget.V1_6_STANDARD)
        .convert(IstioSet.of(inputs(vs), services()));

    assertThat(migration.report().entries(Kind.NOT_CONVERTED)).isEmpty();
    HTTPRoute route = migration.generated().stream().filter(HTTPRoute.class::isInstance)
        .map(HTTPRoute.class::cast).findFirst().orElseThrow();
    List<HTTPRouteRule> rules = route.spec().rules();
    assertThat(rules).hasSize(vs.spec().http().size());
    for (int i = 0; i < rules.size(); i++) {
      VirtualService.HTTPRoute http = vs.spec().http().get(i);
      HTTPRouteRule rule = rules.get(i);
      assertThat(rule.matches().stream().map(ConversionPropertiesTest::describe).toList())
          .isEqualTo(http.match().stream().map(ConversionPropertiesTest::describe).toList());
      assertThat(rule.backendRefs().stream().map(ConversionPropertiesTest::describe).toList())
          .isEqualTo(http.route().stream()
              .map(d -> describe(d, http.route().size() > 1)).toList());
    }
  }

  /** A match as text: {@code path Exact /a; header x Exact 1; query q Exact 2; method GET}. */
  private static String describe(HTTPMatchRequest match) {
    List<String> parts = new ArrayList<>();
    match.uri().ifPresent(uri -> parts.add("path " + uri.exact().map(v -> "Exact " + v)
        .or(() -> uri.prefix().map(v -> "PathPrefix " + v))
        .orElseGet(() -> "RegularExpression " + uri.regex().orElseThrow())));
    match.headers().forEach((name, m) -> parts.add("header " + name + " " + typed(m)));
    match.queryParams().forEach((name, m) -> parts.add("query " + name + " " + typed(m)));
    match.method().ifPresent(m -> parts.add("method " + m.exact().orElseThrow()));
    return String.join("; ", parts);
  }

  private static String typed(StringMatch match) {
    return match.exact().map(v -> "Exact " + v)
        .orElseGet(() -> "RegularExpression " + match.regex().orElseThrow());
  }

  private static String describe(HTTPRouteMatch match) {
    List<String> parts = new ArrayList<>();
    match.path().ifPresent(path -> parts.add("path " + path.type().orElseThrow().wire() + " "
        + path.value().orElseThrow()));
    for (HTTPHeaderMatch header : match.headers()) {
      parts.add("header " + header.name() + " " + header.type().orElseThrow().wire() + " "
          + header.value());
    }
    for (HTTPQueryParamMatch param : match.queryParams()) {
      parts.add("query " + param.name() + " " + param.type().orElseThrow().wire() + " "
          + param.value());
    }
    match.method().ifPresent(m -> parts.add("method " + m.wire()));
    return String.join("; ", parts);
  }

  /** A destination as text: {@code <Service or Service-subset>:<port> weight <w>}. */
  private static String describe(HTTPRouteDestination destination, boolean weighted) {
    Destination d = destination.destination();
    String name = d.subset().isEmpty() ? d.host() : d.host() + "-" + d.subset();
    return name + ":" + SERVICES.get(d.host())
        + (weighted ? " weight " + destination.weight().orElse(0) : "");
  }

  private static String describe(HTTPBackendRef ref) {
    return ref.name() + ":" + ref.port().orElseThrow()
        + ref.weight().map(w -> " weight " + w).orElse("");
  }

  @Provide
  Arbitrary<VirtualService> virtualServices() {
    return httpRoute().list().ofMinSize(1).ofMaxSize(4).map(http -> new VirtualService(
        "networking.istio.io/v1", ObjectMeta.named("shop", "shop"), Unmodelled.none(),
        new VirtualService.Spec(List.of("shop.example.com"), List.of("edge"), http, List.of(),
            List.of(), List.of(), Unmodelled.none()),
        Unmodelled.none()));
  }

  private Arbitrary<VirtualService.HTTPRoute> httpRoute() {
    Arbitrary<List<HTTPMatchRequest>> matches = match().list().ofMaxSize(3);
    Arbitrary<List<HTTPRouteDestination>> destinations = destination().list().ofMinSize(1)
        .ofMaxSize(3).filter(ds -> ds.size() == 1
            || ds.stream().anyMatch(d -> d.weight().orElse(0) > 0));
    return Combinators.combine(matches, destinations).as((m, d) -> new VirtualService.HTTPRoute(
        "", m, d, Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Unmodelled.none()));
  }

  private Arbitrary<HTTPMatchRequest> match() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(8);
    Arbitrary<Optional<StringMatch>> uri = Arbitraries.oneOf(
        segment.map(s -> StringMatch.exact("/" + s)),
        segment.map(s -> StringMatch.prefix("/" + s + "/")),
        segment.map(s -> StringMatch.regex("/" + s + "/[0-9]+"))).optional();
    Arbitrary<StringMatch> value = Arbitraries.oneOf(segment.map(StringMatch::exact),
        segment.map(s -> StringMatch.regex(s + ".*")));
    Arbitrary<Map<String, StringMatch>> headers = Arbitraries.maps(segment.map(s -> "x-" + s),
        value).ofMaxSize(2).map(LinkedHashMap::new);
    Arbitrary<Map<String, StringMatch>> params = Arbitraries.maps(segment, value).ofMaxSize(2)
        .map(LinkedHashMap::new);
    Arbitrary<Optional<StringMatch>> method = Arbitraries.of("GET", "POST", "DELETE")
        .map(StringMatch::exact).optional();
    return Combinators.combine(uri, headers, params, method).as((u, h, q, m) ->
        new HTTPMatchRequest("", u, Optional.empty(), m, Optional.empty(), h, q,
            Optional.empty(), Map.of(), List.of(), Optional.empty(), Map.of(), "",
            Unmodelled.none()))
        .filter(m -> m.uri().isPresent() || !m.headers().isEmpty()
            || !m.queryParams().isEmpty() || m.method().isPresent());
  }

  private Arbitrary<HTTPRouteDestination> destination() {
    return Combinators.combine(Arbitraries.of(SERVICES.keySet()), Arbitraries.of(SUBSETS),
        Arbitraries.integers().between(0, 100).optional()).as((host, subset, weight) ->
        new HTTPRouteDestination(new Destination(host, subset, Optional.empty(),
            Unmodelled.none()), weight, Optional.empty(), Unmodelled.none()));
  }

  private static List<dev.gatewaydsl.istio.IstioResource> inputs(VirtualService vs) {
    List<dev.gatewaydsl.istio.IstioResource> inputs = new ArrayList<>();
    inputs.add(new Gateway("networking.istio.io/v1", ObjectMeta.named("edge", "shop"),
        Unmodelled.none(), new Gateway.Spec(List.of(new Gateway.Server(Optional.of(
            new Gateway.Port(80, "HTTP", "http", Optional.empty(), Unmodelled.none())), "",
            List.of("*"), Optional.empty(), "", Unmodelled.none())), Map.of(), Unmodelled.none()),
        Unmodelled.none()));
    for (String service : SERVICES.keySet()) {
      inputs.add(new DestinationRule("networking.istio.io/v1", ObjectMeta.named(service, "shop"),
          Unmodelled.none(), new DestinationRule.Spec(service, SUBSETS.stream()
              .filter(s -> !s.isEmpty())
              .map(s -> new DestinationRule.Subset(s, Map.of("version", s), Unmodelled.none()))
              .toList(), List.of(), Unmodelled.none()), Unmodelled.none()));
    }
    inputs.add(vs);
    return inputs;
  }

  private static List<Service> services() {
    return SERVICES.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> Service.builder().name(e.getKey()).namespace("shop")
            .port(ServicePort.of(e.getValue())).selector("app", e.getKey()).build())
        .collect(Collectors.toList());
  }

}
