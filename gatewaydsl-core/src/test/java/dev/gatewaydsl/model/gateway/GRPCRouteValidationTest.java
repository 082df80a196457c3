package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.HEADER_NAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.HEADER_VALUE;
import static dev.gatewaydsl.model.CrdSchemaMessages.HOSTNAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.atMost;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One rule per test, on both sides of its boundary, with the exact message: the GRPCRoute v1.6.1
 * CRD's schema constraints and CEL rules. Every accepted route also goes through crd-check.
 */
class GRPCRouteValidationTest {

  private static final String PREFIX = "GRPCRoute \"r\" is invalid: ";
  private static final Service BACKEND = Service.builder().name("backend").namespace("shop")
      .selector("app", "backend").port(ServicePort.of(80)).build();
  private static final List<GRPCRoute> ACCEPTED = new ArrayList<>();
  private static final List<GRPCRoute> ACCEPTED_EXPERIMENTAL = new ArrayList<>();

  static GRPCRoute.Builder route(GRPCRouteRule rule) {
    return GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r").namespace("shop").rule(rule);
  }

  static GRPCRoute.Builder routeMatching(GRPCMethodMatch method) {
    return route(GRPCRouteRule.match(GRPCRouteMatch.builder().method(method).build()));
  }

  static GRPCRoute.Builder routeFiltering(GRPCRouteFilter filter) {
    return route(GRPCRouteRule.builder().addFilter(filter).build());
  }

  /** Builds, and what is accepted reads back as the same value (and goes to the oracle). */
  static void assertValid(GRPCRoute.Builder route) {
    GRPCRoute built = route.build();
    assertThat(Manifests.fromYaml(Manifests.toYaml(built), built.target())).containsExactly(built);
    ACCEPTED.add(built);
  }

  static void assertInvalid(GRPCRoute.Builder route, String problem) {
    assertThatThrownBy(route::build).isInstanceOf(InvalidResourceException.class)
        .hasMessage(PREFIX + problem);
  }

  @AfterAll
  static void oracle() throws Exception {
    String yaml = Manifests.toYaml(ACCEPTED);
    CrdCheck.assertAccepted("GRPCRouteValidationTest-accepted-standard", yaml, CrdCheck.V1_6_1_STANDARD);
    CrdCheck.assertAccepted("GRPCRouteValidationTest-accepted-experimental",
        yaml + "---\n" + Manifests.toYaml(ACCEPTED_EXPERIMENTAL), CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  @Test
  void apiVersionIsV1OrV1alpha2() {
    assertValid(route(GRPCRouteRule.service("a.B")).apiVersion(GatewayApi.V1));
    assertThat(route(GRPCRouteRule.service("a.B")).target(GatewayApiTarget.V0_6_EXPERIMENTAL)
        .apiVersion(GatewayApi.V1ALPHA2).build().apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1alpha2");
    assertInvalid(route(GRPCRouteRule.service("a.B")).apiVersion(GatewayApi.V1ALPHA2),
        "apiVersion: Unsupported value: \"gateway.networking.k8s.io/v1alpha2\": supported "
            + "values: \"gateway.networking.k8s.io/v1\"");
  }

  @Test
  void aMethodMatchNamesAServiceOrAMethod() {
    assertValid(routeMatching(GRPCMethodMatch.exactService("com.example.User")));
    assertValid(routeMatching(GRPCMethodMatch.builder().method("Login").build()));
    assertInvalid(routeMatching(GRPCMethodMatch.builder().build()),
        "spec.rules[0].matches[0].method: Invalid value: \"object\": One or both of 'service' "
            + "or 'method' must be specified");
    assertInvalid(routeMatching(GRPCMethodMatch.builder()
            .type(GRPCMethodMatchType.REGULAR_EXPRESSION).build()),
        "spec.rules[0].matches[0].method: Invalid value: \"object\": One or both of 'service' "
            + "or 'method' must be specified");
  }

  @Test
  void exactServicesAreDottedIdentifiers() {
    assertValid(routeMatching(GRPCMethodMatch.exact(".Com._x9.y", "_A9")));
    assertInvalid(routeMatching(GRPCMethodMatch.exactService("com.example/User")),
        "spec.rules[0].matches[0].method: Invalid value: \"object\": service must only contain "
            + "valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)");
    assertInvalid(routeMatching(GRPCMethodMatch.exactService("")),
        "spec.rules[0].matches[0].method: Invalid value: \"object\": service must only contain "
            + "valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)");
  }

  @Test
  void exactMethodsAreIdentifiers() {
    assertValid(routeMatching(GRPCMethodMatch.builder().method("Log_in2").build()));
    assertInvalid(routeMatching(GRPCMethodMatch.builder().method("Log-in").build()),
        "spec.rules[0].matches[0].method: Invalid value: \"object\": method must only contain "
            + "valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)");
  }

  @Test
  void regularExpressionsAreNotCheckedAsNamesButHaveAtMost1024Characters() {
    GRPCMethodMatch.Builder regex = GRPCMethodMatch.builder()
        .type(GRPCMethodMatchType.REGULAR_EXPRESSION);
    assertValid(routeMatching(regex.service("a/b.*").method("x".repeat(1024)).build()));
    assertInvalid(routeMatching(regex.service("s".repeat(1025)).build()),
        "spec.rules[0].matches[0].method.service: " + tooLong(1024, 1025));
  }

  @Test
  void headerMatchesHaveHeaderNamesAnyValueOf1To4096CharactersAndUniqueNames() {
    assertValid(route(GRPCRouteRule.match(GRPCRouteMatch.header("x", "a  b"))));
    assertValid(route(GRPCRouteRule.match(GRPCRouteMatch.header("x", "v".repeat(4096)))));
    assertInvalid(route(GRPCRouteRule.match(GRPCRouteMatch.header("x", "v".repeat(4097)))),
        "spec.rules[0].matches[0].headers[0].value: " + tooLong(4096, 4097));
    assertInvalid(route(GRPCRouteRule.match(GRPCRouteMatch.header(":path", "/"))),
        "spec.rules[0].matches[0].headers[0].name: Invalid value: \":path\": "
            + shouldMatch(HEADER_NAME));
    assertInvalid(route(GRPCRouteRule.match(GRPCRouteMatch.header("x", "1").addHeader("x", "2"))),
        "spec.rules[0].matches[0].headers[1].name: Duplicate value: \"x\"");
    List<GRPCHeaderMatch> headers = IntStream.range(0, 17)
        .mapToObj(i -> GRPCHeaderMatch.exact("h" + i, "v")).toList();
    assertValid(route(GRPCRouteRule.match(GRPCRouteMatch.builder()
        .headers(headers.subList(0, 16)).build())));
    assertInvalid(route(GRPCRouteRule.match(GRPCRouteMatch.builder().headers(headers).build())),
        "spec.rules[0].matches[0].headers: Too many: 17: must have at most 16 items");
  }

  @Test
  void atMost64MatchesPerRuleAnd128PerRouteCountingNoDefaultMatch() {
    List<GRPCRouteMatch> matches = IntStream.range(0, 65)
        .mapToObj(i -> GRPCRouteMatch.service("s" + i)).toList();
    assertInvalid(route(GRPCRouteRule.builder().matches(matches).build()),
        "spec.rules[0].matches: Too many: 65: must have at most 64 items");
    GRPCRoute.Builder route = GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r")
        .rule(GRPCRouteRule.builder().matches(matches.subList(0, 64)).build())
        .rule(GRPCRouteRule.builder().matches(matches.subList(0, 64)).build())
        .rule(GRPCRouteRule.builder().build());
    assertValid(route);
    route.rule(GRPCRouteRule.service("t"));
    assertInvalid(route, "spec.rules: Invalid value: \"array\": While 16 rules and 64 matches per "
        + "rule are allowed, the total number of matches across all rules in a route must be "
        + "less than 128");
  }

  @Test
  void theFieldOfTheFilterTypeAndOnlyItIsSet() {
    assertValid(routeFiltering(GRPCRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty())));
    assertValid(routeFiltering(GRPCRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty())));
    assertValid(routeFiltering(GRPCRouteFilter.requestMirror(BACKEND, 80)));
    assertValid(routeFiltering(GRPCRouteFilter.extensionRef(
        LocalObjectReference.of("example.net", "Limit", "l"))));
    assertInvalid(routeFiltering(GRPCRouteFilter.builder()
            .type(GRPCRouteFilterType.REQUEST_MIRROR).build()),
        "spec.rules[0].filters[0]: Invalid value: \"object\": filter.requestMirror must be "
            + "specified for RequestMirror filter.type");
    assertInvalid(routeFiltering(GRPCRouteFilter.requestMirror(BACKEND, 80)
            .withExtensionRef(LocalObjectReference.of("example.net", "Limit", "l"))),
        "spec.rules[0].filters[0]: Invalid value: \"object\": filter.extensionRef must be nil "
            + "if the filter.type is not ExtensionRef");
  }

  @Test
  void headerModifiersDoNotRepeatMirrorsMay() {
    GRPCRouteFilter mirror = GRPCRouteFilter.requestMirror(BACKEND, 80);
    assertValid(route(GRPCRouteRule.builder().filters(Collections.nCopies(16, mirror)).build()));
    assertInvalid(route(GRPCRouteRule.builder().filters(Collections.nCopies(17, mirror)).build()),
        "spec.rules[0].filters: Too many: 17: must have at most 16 items");
    GRPCRouteFilter request = GRPCRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty());
    assertInvalid(route(GRPCRouteRule.builder().addFilters(request, request).build()),
        "spec.rules[0].filters: Invalid value: \"array\": RequestHeaderModifier filter cannot "
            + "be repeated");
    GRPCRouteFilter response = GRPCRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty());
    assertInvalid(route(GRPCRouteRule.builder().build().backendRef(GRPCBackendRef.to(BACKEND, 80)
            .filter(response).filter(response))),
        "spec.rules[0].backendRefs[0].filters: Invalid value: \"array\": ResponseHeaderModifier "
            + "filter cannot be repeated");
  }

  @Test
  void filterConfigurationsFollowHttpRoutesRules() {
    assertInvalid(routeFiltering(GRPCRouteFilter.requestMirror(
            HTTPRequestMirrorFilter.to(BACKEND, 80).withPercent(101))),
        "spec.rules[0].filters[0].requestMirror.percent: Invalid value: 101: " + atMost(100));
    assertInvalid(routeFiltering(GRPCRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
            .set("x", "a  b"))),
        "spec.rules[0].filters[0].requestHeaderModifier.set[0].value: Invalid value: \"a  b\": "
            + shouldMatch(HEADER_VALUE));
  }

  @Test
  void backendRefsHaveAtMost16WeightsFrom0To1000000AndAPortForServices() {
    GRPCBackendRef ref = GRPCBackendRef.to(BACKEND, 80);
    assertValid(route(GRPCRouteRule.builder().backendRefs(Collections.nCopies(16, ref)).build()));
    assertInvalid(route(GRPCRouteRule.builder().backendRefs(Collections.nCopies(17, ref))
            .build()),
        "spec.rules[0].backendRefs: Too many: 17: must have at most 16 items");
    assertValid(route(GRPCRouteRule.service("a").backendRef(ref.withWeight(1_000_000))));
    assertInvalid(route(GRPCRouteRule.service("a").backendRef(ref.withWeight(1_000_001))),
        "spec.rules[0].backendRefs[0].weight: Invalid value: 1000001: should be less than or equal to "
            + "1000000");
    assertInvalid(route(GRPCRouteRule.service("a").backendRef(
            GRPCBackendRef.builder().name("s").build())),
        "spec.rules[0].backendRefs[0].port: Required value: Must have port for Service "
            + "reference");
  }

  @Test
  void servicesOfAnotherNamespaceAreReferencedThere() {
    Service payments = Service.builder().name("payments").namespace("payments")
        .selector("app", "payments").port(ServicePort.of(80)).build();
    assertValid(route(GRPCRouteRule.service("a")
        .backendRef(GRPCBackendRef.to(payments, 80).inNamespaceOf(payments))));
    assertInvalid(route(GRPCRouteRule.service("a").backendRef(payments, 80)),
        "spec.rules[0].backendRefs[0].namespace: Required value: Service \"payments\" is in "
            + "namespace \"payments\", not in the route's namespace \"shop\"; use "
            + "inNamespaceOf(service) to reference it there");
    assertInvalid(routeFiltering(GRPCRouteFilter.requestMirror(payments, 80)),
        "spec.rules[0].filters[0].requestMirror.backendRef.namespace: Required value: Service "
            + "\"payments\" is in namespace \"payments\", not in the route's namespace \"shop\"; "
            + "use inNamespaceOf(service) to reference it there");
  }

  @Test
  void specListsAndNamesFollowTheRouteRules() {
    GRPCRoute.Builder route = GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r");
    IntStream.range(0, 16).forEach(i -> route.rule(GRPCRouteRule.service("s" + i)
        .withName("r" + i)));
    IntStream.range(0, 16).forEach(i -> route.hostname("h" + i + ".example.com"));
    assertValid(route);
    assertInvalid(GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r").rule(GRPCRouteRule.service("a").withName("x"))
            .rule(GRPCRouteRule.service("b").withName("x")),
        "spec.rules: Invalid value: \"array\": Rule name must be unique within the route");
    assertInvalid(GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r").hostname("*.example.com").hostname("a.*.com"),
        "spec.hostnames[1]: Invalid value: \"a.*.com\": " + shouldMatch(HOSTNAME));
    assertInvalid(GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r")
            .parentRef(ParentReference.builder().name("gw").build())
            .parentRef(ParentReference.builder().name("gw").sectionName("a").build()),
        "spec.parentRefs: Invalid value: \"array\": sectionName must be specified when "
            + "parentRefs includes 2 or more references to the same parent");
  }

  @Test
  void sessionPersistenceFollowsItsRules() {
    ACCEPTED_EXPERIMENTAL.add(route(GRPCRouteRule.service("a").withSessionPersistence(
        SessionPersistence.cookie("s").withCookieConfig(CookieConfig.of(
            CookieLifetimeType.SESSION)))).useDefaultGateways(GatewayDefaultScope.NONE).build());
    assertInvalid(route(GRPCRouteRule.service("a").withSessionPersistence(
            SessionPersistence.header("s").withCookieConfig(CookieConfig.builder().build()))),
        "spec.rules[0].sessionPersistence: Invalid value: \"object\": cookieConfig can only be "
            + "set with type Cookie");
  }
}
