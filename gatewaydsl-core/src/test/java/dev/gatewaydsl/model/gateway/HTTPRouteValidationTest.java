package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.HOSTNAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.outsidePattern;
import static dev.gatewaydsl.model.CrdSchemaMessages.outsideRange;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.CrdSchemaMessages;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An HTTPRoute's rules: its apiVersion, and the schema and CEL rules of {@code spec} in the
 * Gateway API v1.6.1 CRD ({@code gateway.networking.k8s.io_httproutes.yaml}).
 */
class HTTPRouteValidationTest {

  private static final HTTPBackendRef BACKEND =
      HTTPBackendRef.builder().name("echoserver").port(8080).build();
  private static final ParentReference GATEWAY =
      ParentReference.builder().name("echoserver").namespace("default").build();
  private static final String PATH_CHARACTERS = "must only contain valid characters (matching "
      + "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$)";
  private static final String SECTION_NAME_MISSING = "spec.parentRefs: Invalid value: \"array\": "
      + "sectionName must be specified when parentRefs includes 2 or more references to the "
      + "same parent";
  private static final String SECTION_NAME_REPEATED = "spec.parentRefs: Invalid value: \"array\": "
      + "sectionName must be unique when parentRefs includes 2 or more references to the same "
      + "parent";

  private static HTTPRoute.Builder routeWithoutRules() {
    return HTTPRoute.builder().name("echoserver").namespace("default").parentRef(GATEWAY);
  }

  private static HTTPRoute routeWith(HTTPRouteRule... rules) {
    HTTPRoute.Builder route = routeWithoutRules();
    for (HTTPRouteRule rule : rules) {
      route.rule(rule);
    }
    return route.build();
  }

  private static HTTPRoute routeWithParents(ParentReference... parents) {
    HTTPRoute.Builder route = HTTPRoute.builder().name("echoserver").namespace("default")
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(BACKEND));
    for (ParentReference parent : parents) {
      route.parentRef(parent);
    }
    return route.build();
  }

  private static HTTPRoute routeWithBackend(HTTPBackendRef backend) {
    return routeWith(HTTPRouteRule.pathPrefix("/").backendRef(backend));
  }

  private static HTTPRoute routeMatching(HTTPPathMatch path) {
    return routeWith(HTTPRouteRule.builder().addMatch(HTTPRouteMatch.builder().path(path).build())
        .addBackendRef(BACKEND).build());
  }

  private static String invalid(String... problems) {
    return CrdSchemaMessages.invalid("HTTPRoute", "echoserver", problems);
  }

  @Test
  void echoserverExampleBuilds() {
    // GIVEN the Deployment, Service and Gateway of the README example
    Deployment echo = Deployment.builder().name("echoserver").namespace("default").replicas(1)
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
            .withPort(8080))
        .build();
    Service svc = Service.exposing(echo, 8080).build();
    Gateway gw = Gateway.builder().name("echoserver").namespace("default")
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces()).build();

    // WHEN the route is built
    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default").parentRef(gw)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(svc, 8080)).build();

    // THEN it is valid and refers to both
    assertThat(route.spec().parentRefs()).containsExactly(GATEWAY);
    assertThat(route.spec().rules().get(0).backendRefs()).containsExactly(BACKEND);
  }

  // ---- apiVersion ----

  @ParameterizedTest
  @ValueSource(strings = {GatewayApi.V1, GatewayApi.V1BETA1})
  void servedApiVersionIsAccepted(String apiVersion) {
    HTTPRoute route = routeWithoutRules().apiVersion(apiVersion).build();

    assertThat(route.apiVersion()).isEqualTo(apiVersion);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gateway.networking.k8s.io/v1alpha2", "v1", ""})
  void otherApiVersionIsUnsupported(String apiVersion) {
    assertThatThrownBy(() -> routeWithoutRules().apiVersion(apiVersion).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("apiVersion: Unsupported value: \"" + apiVersion + "\": "
            + "supported values: \"gateway.networking.k8s.io/v1\", "
            + "\"gateway.networking.k8s.io/v1beta1\""));
  }

  @Test
  void missingNameIsRequired() {
    assertThatThrownBy(() -> HTTPRoute.builder().parentRef(GATEWAY).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"\" is invalid: "
            + "metadata.name: Required value: name or generateName is required");
  }

  // ---- parentRefs: at most 32 ----

  private static ParentReference[] parents(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> ParentReference.builder().name("gw-" + i).build())
        .toArray(ParentReference[]::new);
  }

  @Test
  void thirtyTwoParentRefsAreAccepted() {
    assertThat(routeWithParents(parents(32)).spec().parentRefs()).hasSize(32);
  }

  @Test
  void thirtyThreeParentRefsAreTooMany() {
    ParentReference[] parents = parents(33);

    assertThatThrownBy(() -> routeWithParents(parents))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.parentRefs: Too many: 33: must have at most 32 items"));
  }

  @Test
  void noParentRefIsAccepted() {
    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default")
        .spec(HTTPRouteSpec.builder().build()).build();

    assertThat(route.spec().parentRefs()).isEmpty();
  }

  // ---- parentRefs: the two CEL rules on sectionName ----

  private static ParentReference.Builder gatewayRef() {
    return ParentReference.builder().name("echoserver");
  }

  @Test
  void twoRefsToTheSameParentWithDifferentSectionNamesAreAccepted() {
    HTTPRoute route = routeWithParents(gatewayRef().sectionName("http").build(),
        gatewayRef().sectionName("https").build());

    assertThat(route.spec().parentRefs()).hasSize(2);
  }

  @Test
  void twoRefsToTheSameParentWhereOneLacksASectionNameAreRejected() {
    ParentReference withSection = gatewayRef().sectionName("http").build();
    ParentReference without = gatewayRef().build();

    assertThatThrownBy(() -> routeWithParents(withSection, without))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(SECTION_NAME_MISSING));
  }

  @Test
  void twoRefsToTheSameParentWithTheSameSectionNameAreRejected() {
    ParentReference first = gatewayRef().sectionName("http").build();
    ParentReference second = gatewayRef().sectionName("http").build();

    assertThatThrownBy(() -> routeWithParents(first, second))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(SECTION_NAME_REPEATED));
  }

  @Test
  void twoRefsToTheSameParentWithoutSectionNamesAreRejectedAsNotUnique() {
    ParentReference first = gatewayRef().build();
    ParentReference second = gatewayRef().build();

    assertThatThrownBy(() -> routeWithParents(first, second))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(SECTION_NAME_REPEATED));
  }

  @Test
  void explicitDefaultGroupAndKindReferToTheSameParentAsUnsetOnes() {
    // GIVEN one ref spelling out the defaults the API server fills in, and one leaving them unset
    ParentReference spelledOut = gatewayRef().group(GatewayApi.GROUP).kind("Gateway").build();
    ParentReference defaulted = gatewayRef().build();

    assertThatThrownBy(() -> routeWithParents(spelledOut, defaulted))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(SECTION_NAME_REPEATED));
  }

  @Test
  void refsToParentsDifferingInNamespaceOrKindOrGroupNeedNoSectionNames() {
    HTTPRoute route = routeWithParents(
        gatewayRef().build(),
        gatewayRef().namespace("infra").build(),
        gatewayRef().kind("Service").group("").build(),
        gatewayRef().group("example.com").build());

    assertThat(route.spec().parentRefs()).hasSize(4);
  }

  // ---- parentRef fields ----

  @Test
  void parentRefWithEmptyNameIsRequired() {
    assertThatThrownBy(() -> routeWithParents(ParentReference.builder().name("").build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.parentRefs[0].name: Required value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"echoserver", "Not_A_DNS_Name"})
  void parentRefNameNeedsNoParticularSyntax(String name) {
    // the CRD limits the length of a parent's name, not its characters
    assertThat(routeWithParents(ParentReference.builder().name(name).build()).spec().parentRefs())
        .hasSize(1);
  }

  @Test
  void parentRefNameOf253CharactersIsAccepted() {
    ParentReference parent = ParentReference.builder().name(letters(253)).build();

    assertThat(routeWithParents(parent).spec().parentRefs()).containsExactly(parent);
  }

  @Test
  void parentRefNameOf254CharactersIsTooLong() {
    ParentReference parent = ParentReference.builder().name(letters(254)).build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.parentRefs[0].name: " + tooLong(253, 254)));
  }

  @Test
  void parentRefNamespaceOf63CharactersIsAccepted() {
    ParentReference parent = gatewayRef().namespace(letters(63)).build();

    assertThat(routeWithParents(parent).spec().parentRefs()).containsExactly(parent);
  }

  @Test
  void parentRefNamespaceOf64CharactersIsRejected() {
    String namespace = letters(64);
    ParentReference parent = gatewayRef().namespace(namespace).build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.parentRefs[0].namespace: " + tooLong(63, namespace.length())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Infra", "infra.ns", ""})
  void parentRefNamespaceOutsideLabelSyntaxIsRejected(String namespace) {
    ParentReference parent = gatewayRef().namespace(namespace).build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(outsidePattern("spec.parentRefs[0].namespace", namespace, NAMESPACE)));
  }

  @Test
  void sectionNameOf253CharactersIsAccepted() {
    ParentReference parent = gatewayRef().sectionName(letters(253)).build();

    assertThat(routeWithParents(parent).spec().parentRefs()).containsExactly(parent);
  }

  @Test
  void sectionNameOf254CharactersIsRejected() {
    String section = letters(254);
    ParentReference parent = gatewayRef().sectionName(section).build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.parentRefs[0].sectionName: " + tooLong(253, section.length())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP", "http_1", ""})
  void sectionNameOutsideSubdomainSyntaxIsRejected(String section) {
    ParentReference parent = gatewayRef().sectionName(section).build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(outsidePattern("spec.parentRefs[0].sectionName", section, SUBDOMAIN)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void parentRefPortAtTheEndsOfTheRangeIsAccepted(int port) {
    ParentReference parent = gatewayRef().port(port).build();

    assertThat(routeWithParents(parent).spec().parentRefs()).containsExactly(parent);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void parentRefPortJustOutsideTheRangeIsRejected(int port) {
    ParentReference parent = gatewayRef().port(port).build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.parentRefs[0].port: Invalid value: " + port + ": "
            + outsideRange(port, 1, 65535)));
  }

  @Test
  void parentRefKindOutsideKindSyntaxIsRejected() {
    ParentReference parent = gatewayRef().kind("1Gateway").build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.parentRefs[0].kind: Invalid value: \"1Gateway\": " + shouldMatch(KIND)));
  }

  @Test
  void parentRefGroupOutsideSubdomainSyntaxIsRejected() {
    ParentReference parent = gatewayRef().group("Gateway_API").build();

    assertThatThrownBy(() -> routeWithParents(parent))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.parentRefs[0].group: Invalid value: \"Gateway_API\": " + shouldMatch(GROUP)));
  }

  @Test
  void parentRefToAListenerTheGatewayLacksIsRefusedWhenBuilt() {
    Gateway gw = Gateway.builder().name("echoserver").namespace("default")
        .gatewayClassName("istio").listener(Listener.http("http", 80)).build();

    assertThat(ParentReference.to(gw, "http").sectionName()).contains("http");
    assertThatThrownBy(() -> ParentReference.to(gw, "https"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gateway \"echoserver\" has no listener \"https\"; its listeners are [http]");
  }

  // ---- hostnames: at most 16 ----

  private static HTTPRoute routeWithHostnames(List<String> hostnames) {
    HTTPRoute.Builder route = routeWithoutRules();
    hostnames.forEach(route::hostname);
    return route.build();
  }

  private static List<String> hostnames(int count) {
    return IntStream.range(0, count).mapToObj(i -> "h" + i + ".example.com").toList();
  }

  @Test
  void sixteenHostnamesAreAccepted() {
    assertThat(routeWithHostnames(hostnames(16)).spec().hostnames()).hasSize(16);
  }

  @Test
  void seventeenHostnamesAreTooMany() {
    assertThatThrownBy(() -> routeWithHostnames(hostnames(17)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.hostnames: Too many: 17: must have at most 16 items"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "*.example.com", "localhost"})
  void hostnameInWildcardSubdomainSyntaxIsAccepted(String hostname) {
    assertThat(routeWithHostnames(List.of(hostname)).spec().hostnames()).containsExactly(hostname);
  }

  @Test
  void hostnameOf253CharactersIsAccepted() {
    String hostname = "*." + letters(251);

    assertThat(routeWithHostnames(List.of(hostname)).spec().hostnames()).containsExactly(hostname);
  }

  @Test
  void hostnameOf254CharactersIsRejected() {
    String hostname = "*." + letters(252);

    assertThatThrownBy(() -> routeWithHostnames(List.of(hostname)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.hostnames[0]: " + tooLong(253, 254)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "*.*.example.com", "Example.com", "example.com:80", ""})
  void hostnameOutsideWildcardSubdomainSyntaxIsRejectedAtItsIndex(String hostname) {
    assertThatThrownBy(() -> routeWithHostnames(List.of("ok.example.com", hostname)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(outsidePattern("spec.hostnames[1]", hostname, HOSTNAME)));
  }

  // ---- rules: at most 16; rule names ----

  private static HTTPRouteRule[] rules(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> HTTPRouteRule.pathPrefix("/r" + i).backendRef(BACKEND))
        .toArray(HTTPRouteRule[]::new);
  }

  @Test
  void noRuleIsAccepted() {
    assertThat(routeWithoutRules().build().spec().rules()).isEmpty();
  }

  @Test
  void sixteenRulesAreAccepted() {
    assertThat(routeWith(rules(16)).spec().rules()).hasSize(16);
  }

  @Test
  void seventeenRulesAreTooMany() {
    HTTPRouteRule[] rules = rules(17);

    assertThatThrownBy(() -> routeWith(rules))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules: Too many: 17: must have at most 16 items"));
  }

  @Test
  void ruleNameOf253CharactersIsAccepted() {
    HTTPRouteRule rule = HTTPRouteRule.builder().name(letters(253)).addBackendRef(BACKEND).build();

    assertThat(routeWith(rule).spec().rules().get(0).name()).hasValueSatisfying(
        name -> assertThat(name).hasSize(253));
  }

  @Test
  void ruleNameOf254CharactersIsRejected() {
    String name = letters(254);
    HTTPRouteRule rule = HTTPRouteRule.builder().name(name).addBackendRef(BACKEND).build();

    assertThatThrownBy(() -> routeWith(rule))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].name: " + tooLong(253, name.length())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Api", "api_v1", ""})
  void ruleNameOutsideSubdomainSyntaxIsRejected(String name) {
    HTTPRouteRule rule = HTTPRouteRule.builder().name(name).addBackendRef(BACKEND).build();

    assertThatThrownBy(() -> routeWith(rule))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(outsidePattern("spec.rules[0].name", name, SUBDOMAIN)));
  }

  // ---- matches: at most 64 per rule, 128 per route ----

  private static HTTPRouteRule ruleWithMatches(int count) {
    HTTPRouteRule.Builder rule = HTTPRouteRule.builder().addBackendRef(BACKEND);
    IntStream.range(0, count).forEach(i -> rule.addMatch(HTTPRouteMatch.pathPrefix("/m" + i)));
    return rule.build();
  }

  @Test
  void sixtyFourMatchesInARuleAreAccepted() {
    assertThat(routeWith(ruleWithMatches(64)).spec().rules().get(0).matches()).hasSize(64);
  }

  @Test
  void sixtyFiveMatchesInARuleAreTooMany() {
    HTTPRouteRule rule = ruleWithMatches(65);

    assertThatThrownBy(() -> routeWith(rule))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].matches: Too many: 65: must have at most 64 items"));
  }

  @Test
  void oneHundredTwentyEightMatchesInARouteAreAccepted() {
    HTTPRoute route = routeWith(ruleWithMatches(64), ruleWithMatches(64));

    assertThat(route.spec().rules()).hasSize(2);
  }

  @Test
  void oneHundredTwentyNineMatchesInARouteAreRejected() {
    HTTPRouteRule full = ruleWithMatches(64);
    HTTPRouteRule one = ruleWithMatches(1);

    assertThatThrownBy(() -> routeWith(full, full, one))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules: Invalid value: \"array\": While 16 rules and 64 matches "
            + "per rule are allowed, the total number of matches across all rules in a route "
            + "must be less than 128"));
  }

  @Test
  void ruleWithoutMatchesCountsAsOneMatchTowardsTheTotal() {
    // GIVEN a rule without matches: the API server defaults it to one PathPrefix "/" match
    HTTPRouteRule noMatches = ruleWithMatches(0);

    assertThat(routeWith(ruleWithMatches(64), ruleWithMatches(63), noMatches).spec().rules())
        .hasSize(3);
    assertThatThrownBy(() -> routeWith(ruleWithMatches(64), ruleWithMatches(64), noMatches))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules: Invalid value: \"array\": While 16 rules and 64 matches "
            + "per rule are allowed, the total number of matches across all rules in a route "
            + "must be less than 128"));
  }

  // ---- backendRefs: at most 16; fields ----

  private static HTTPRouteRule ruleWithBackends(int count) {
    HTTPRouteRule.Builder rule = HTTPRouteRule.builder();
    IntStream.range(0, count).forEach(
        i -> rule.addBackendRef(HTTPBackendRef.builder().name("svc-" + i).port(80).build()));
    return rule.build();
  }

  @Test
  void sixteenBackendRefsAreAccepted() {
    assertThat(routeWith(ruleWithBackends(16)).spec().rules().get(0).backendRefs()).hasSize(16);
  }

  @Test
  void seventeenBackendRefsAreTooMany() {
    HTTPRouteRule rule = ruleWithBackends(17);

    assertThatThrownBy(() -> routeWith(rule))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.rules[0].backendRefs: Too many: 17: must have at most 16 items"));
  }

  private static HTTPBackendRef.Builder backend() {
    return HTTPBackendRef.builder().name("echoserver").port(8080);
  }

  static Stream<Arguments> serviceReferences() {
    // group, kind: null means unset; unset group is the core group, unset kind is Service
    return Stream.of(
        Arguments.of(null, null),
        Arguments.of(null, "Service"),
        Arguments.of("", null),
        Arguments.of("", "Service"));
  }

  private static HTTPBackendRef withoutPort(String group, String kind) {
    HTTPBackendRef.Builder ref = HTTPBackendRef.builder().name("echoserver");
    if (group != null) {
      ref.group(group);
    }
    if (kind != null) {
      ref.kind(kind);
    }
    return ref.build();
  }

  @ParameterizedTest(name = "group={0}, kind={1}")
  @MethodSource("serviceReferences")
  void serviceReferenceWithoutPortIsRejected(String group, String kind) {
    HTTPBackendRef ref = withoutPort(group, kind);

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].backendRefs[0].port: Required value: "
            + "Must have port for Service reference"));
  }

  @ParameterizedTest(name = "group={0}, kind={1}")
  @MethodSource("serviceReferences")
  void serviceReferenceWithPortIsAccepted(String group, String kind) {
    HTTPBackendRef ref = HTTPBackendRef.builder().mergeFrom(withoutPort(group, kind)).port(80)
        .build();

    assertThat(routeWithBackend(ref).spec().rules().get(0).backendRefs()).containsExactly(ref);
  }

  @ParameterizedTest(name = "group={0}, kind={1}")
  @MethodSource("nonServiceReferences")
  void referenceToSomethingElseThanACoreServiceNeedsNoPort(String group, String kind) {
    HTTPBackendRef ref = withoutPort(group, kind);

    assertThat(routeWithBackend(ref).spec().rules().get(0).backendRefs()).containsExactly(ref);
  }

  static Stream<Arguments> nonServiceReferences() {
    return Stream.of(
        Arguments.of("example.com", "Bucket"),
        Arguments.of(null, "Bucket"),
        Arguments.of("example.com", "Service"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 1_000_000})
  void weightFromZeroToOneMillionIsAccepted(int weight) {
    HTTPBackendRef ref = backend().weight(weight).build();

    assertThat(routeWithBackend(ref).spec().rules().get(0).backendRefs().get(0).weight())
        .contains(weight);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1_000_001})
  void weightJustOutsideZeroToOneMillionIsRejected(int weight) {
    HTTPBackendRef ref = backend().weight(weight).build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].backendRefs[0].weight: Invalid value: " + weight
            + (weight < 0 ? ": should be greater than or equal to 0"
                : ": should be less than or equal to 1000000")));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void backendPortAtTheEndsOfTheRangeIsAccepted(int port) {
    HTTPBackendRef ref = backend().port(port).build();

    assertThat(routeWithBackend(ref).spec().rules().get(0).backendRefs()).containsExactly(ref);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void backendPortJustOutsideTheRangeIsRejected(int port) {
    HTTPBackendRef ref = backend().port(port).build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.rules[0].backendRefs[0].port: Invalid value: " + port + ": "
                + outsideRange(port, 1, 65535)));
  }

  @Test
  void backendWithEmptyNameIsRequired() {
    HTTPBackendRef ref = backend().name("").build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].backendRefs[0].name: Required value"));
  }

  @Test
  void backendNameOf253CharactersIsAccepted() {
    HTTPBackendRef ref = backend().name(letters(253)).build();

    assertThat(routeWithBackend(ref).spec().rules().get(0).backendRefs()).containsExactly(ref);
  }

  @Test
  void backendNameOf254CharactersIsTooLong() {
    HTTPBackendRef ref = backend().name(letters(254)).build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.rules[0].backendRefs[0].name: " + tooLong(253, 254)));
  }

  @Test
  void backendNamespaceOf63CharactersIsAccepted() {
    HTTPBackendRef ref = backend().namespace(letters(63)).build();

    assertThat(routeWithBackend(ref).spec().rules().get(0).backendRefs()).containsExactly(ref);
  }

  @Test
  void backendNamespaceOf64CharactersIsRejected() {
    String namespace = letters(64);
    HTTPBackendRef ref = backend().namespace(namespace).build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].backendRefs[0].namespace: "
            + tooLong(63, namespace.length())));
  }

  @Test
  void backendKindOutsideKindSyntaxIsRejected() {
    HTTPBackendRef ref = backend().kind("Service!").build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.rules[0].backendRefs[0].kind: Invalid value: \"Service!\": "
                + shouldMatch(KIND)));
  }

  @Test
  void backendGroupOutsideSubdomainSyntaxIsRejected() {
    HTTPBackendRef ref = backend().group("Example.com").kind("Bucket").build();

    assertThatThrownBy(() -> routeWithBackend(ref))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.rules[0].backendRefs[0].group: Invalid value: \"Example.com\": "
            + shouldMatch(GROUP)));
  }

  // ---- path values of Exact and PathPrefix matches ----

  private static HTTPPathMatch path(PathMatchType type, String value) {
    return HTTPPathMatch.builder().type(type).value(value).build();
  }

  private static String pathProblem(String value, String detail) {
    return invalid("spec.rules[0].matches[0].path.value: Invalid value: \"" + value + "\": "
        + detail);
  }

  static Stream<Arguments> validPaths() {
    return pathTypes(
        "/", "/api", "/api/", "/a/b/c", "/a.b", "/a/...", "/a/..b", "/a/.b", "/..a",
        "/~user", "/a%20b", "/%C3%A9", "/a-b_c", "/!$&'()*+,;=:@");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("validPaths")
  void absoluteNormalizedPathIsAccepted(PathMatchType type, String value) {
    assertThat(routeMatching(path(type, value)).spec().rules()).hasSize(1);
  }

  static Stream<Arguments> pathsBreakingOneRule() {
    List<Arguments> cases = new ArrayList<>();
    for (PathMatchType type : List.of(PathMatchType.EXACT, PathMatchType.PATH_PREFIX)) {
      cases.add(Arguments.of(type, "api", "must start with '/'"));
      cases.add(Arguments.of(type, "api/v1", "must start with '/'"));
      cases.add(Arguments.of(type, "/a//b", "must not contain '//'"));
      cases.add(Arguments.of(type, "/a/./b", "must not contain '/./'"));
      cases.add(Arguments.of(type, "/a/../b", "must not contain '/../'"));
      cases.add(Arguments.of(type, "/a%2fb", "must not contain '%2f'"));
      cases.add(Arguments.of(type, "/a%2Fb", "must not contain '%2F'"));
      cases.add(Arguments.of(type, "/a/..", "must not end with '/..'"));
      cases.add(Arguments.of(type, "/..", "must not end with '/..'"));
      cases.add(Arguments.of(type, "/a/.", "must not end with '/.'"));
      cases.add(Arguments.of(type, "/.", "must not end with '/.'"));
      cases.add(Arguments.of(type, "/a b", PATH_CHARACTERS));
      cases.add(Arguments.of(type, "/a?b", PATH_CHARACTERS));
      cases.add(Arguments.of(type, "/é", PATH_CHARACTERS));
      cases.add(Arguments.of(type, "/%zz", PATH_CHARACTERS));
      cases.add(Arguments.of(type, "/100%", PATH_CHARACTERS));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pathsBreakingOneRule")
  void pathBreakingAPathRuleIsRejected(PathMatchType type, String value, String detail) {
    HTTPPathMatch path = path(type, value);

    assertThatThrownBy(() -> routeMatching(path))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(pathProblem(value, detail));
  }

  @ParameterizedTest
  @EnumSource(value = PathMatchType.class, names = {"EXACT", "PATH_PREFIX"})
  void pathWithAFragmentIsRejectedForTheHashAndItsCharacter(PathMatchType type) {
    HTTPPathMatch path = path(type, "/a#b");

    assertThatThrownBy(() -> routeMatching(path))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"echoserver\" is invalid (2 problems):\n"
            + "  spec.rules[0].matches[0].path.value: Invalid value: \"/a#b\": "
            + "must not contain '#'\n"
            + "  spec.rules[0].matches[0].path.value: Invalid value: \"/a#b\": "
            + PATH_CHARACTERS);
  }

  @ParameterizedTest
  @EnumSource(value = PathMatchType.class, names = {"EXACT", "PATH_PREFIX"})
  void emptyPathIsRejectedAsNotAbsoluteAndWithoutCharacters(PathMatchType type) {
    HTTPPathMatch path = path(type, "");

    assertThatThrownBy(() -> routeMatching(path))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"echoserver\" is invalid (2 problems):\n"
            + "  spec.rules[0].matches[0].path.value: Invalid value: \"\": must start with '/'\n"
            + "  spec.rules[0].matches[0].path.value: Invalid value: \"\": " + PATH_CHARACTERS);
  }

  @Test
  void pathWithoutTypeIsCheckedAsAPrefix() {
    HTTPPathMatch path = HTTPPathMatch.builder().value("api").build();

    assertThatThrownBy(() -> routeMatching(path))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(pathProblem("api", "must start with '/'"));
  }

  @Test
  void pathWithoutTypeOrValueIsAccepted() {
    HTTPPathMatch path = HTTPPathMatch.builder().build();

    assertThat(routeMatching(path).spec().rules().get(0).matches().get(0).path()).contains(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "api", "/a//b", "/a/./b", "/a/../b", "/a%2fb", "/a%2Fb", "/a#b", "/a/..", "/a/.",
      "^/v[0-9]+/(users|groups)$", "/a b", ""})
  void regularExpressionSkipsThePathRules(String value) {
    HTTPPathMatch path = HTTPPathMatch.regularExpression(value);

    assertThat(routeMatching(path).spec().rules().get(0).matches().get(0).path()).contains(path);
  }

  // ---- path value length: at most 1024, for every type ----

  @ParameterizedTest
  @EnumSource(PathMatchType.class)
  void pathOf1024CharactersIsAccepted(PathMatchType type) {
    HTTPPathMatch path = path(type, "/" + letters(1023));

    assertThat(routeMatching(path).spec().rules()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(PathMatchType.class)
  void pathOf1025CharactersIsTooLong(PathMatchType type) {
    HTTPPathMatch path = path(type, "/" + letters(1024));

    assertThatThrownBy(() -> routeMatching(path))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.rules[0].matches[0].path.value: " + tooLong(1024, 1025)));
  }

  // ---- all problems at once ----

  @Test
  void everyProblemOfTheRouteIsReportedTogetherInFieldOrder() {
    // GIVEN a route with a nameless parent, a relative path and a negative weight
    HTTPRoute.Builder route = HTTPRoute.builder().name("echoserver").namespace("default")
        .parentRef(ParentReference.builder().name("").build())
        .rule(HTTPRouteRule.pathPrefix("api").backendRef(backend().weight(-1).build()));

    // WHEN / THEN
    assertThatThrownBy(route::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"echoserver\" is invalid (3 problems):\n"
            + "  spec.parentRefs[0].name: Required value\n"
            + "  spec.rules[0].matches[0].path.value: Invalid value: \"api\": "
            + "must start with '/'\n"
            + "  spec.rules[0].backendRefs[0].weight: Invalid value: -1: "
            + "should be greater than or equal to 0");
  }

  private static Stream<Arguments> pathTypes(String... values) {
    return Stream.of(PathMatchType.EXACT, PathMatchType.PATH_PREFIX)
        .flatMap(type -> Stream.of(values).map(value -> Arguments.of(type, value)));
  }
}
