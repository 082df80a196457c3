package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.minChars;
import static dev.gatewaydsl.model.CrdSchemaMessages.missingOrOutsidePattern;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.CrdSchemaMessages;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ReferenceGrant's rules: its apiVersion and the schema of {@code spec} in the Gateway API
 * v1.6.1 CRD ({@code gateway.networking.k8s.io_referencegrants.yaml}).
 */
class ReferenceGrantValidationTest {

  private static final ReferenceGrantFrom ROUTES_IN_SHOP =
      ReferenceGrantFrom.of(GatewayApi.GROUP, "HTTPRoute", "shop");
  private static final ReferenceGrantTo SERVICES = ReferenceGrantTo.of("", "Service");

  private static ReferenceGrant grant(ReferenceGrantSpec spec) {
    return ReferenceGrant.builder().name("shop-to-payments").namespace("payments").spec(spec)
        .build();
  }

  private static ReferenceGrant grant(ReferenceGrantFrom from, ReferenceGrantTo to) {
    return grant(ReferenceGrantSpec.builder().addFrom(from).addTo(to).build());
  }

  private static String invalid(String... problems) {
    return CrdSchemaMessages.invalid("ReferenceGrant", "shop-to-payments", problems);
  }

  // ---- ReferenceGrant.allowing ----

  private static HTTPRoute routeIn(String namespace) {
    HTTPRoute.Builder route = HTTPRoute.builder().name("checkout")
        .rule(HTTPRouteRule.pathPrefix("/")
            .backendRef(HTTPBackendRef.builder().name("payments").port(8080).build()));
    if (!namespace.isEmpty()) {
      route.namespace(namespace);
    }
    return route.build();
  }

  private static Service serviceIn(String namespace) {
    Service.Builder service = Service.builder().name("payments").port(ServicePort.of(8080));
    if (!namespace.isEmpty()) {
      service.namespace(namespace);
    }
    return service.build();
  }

  @Test
  void grantAllowingARouteToReachAServiceInAnotherNamespaceIsValid() {
    ReferenceGrant grant = ReferenceGrant.allowing(routeIn("shop"), serviceIn("payments"));

    assertThat(grant.metadata().name()).isEqualTo("shop-httproute-to-payments");
    assertThat(grant.metadata().namespace()).isEqualTo("payments");
    assertThat(grant.spec().from()).containsExactly(ROUTES_IN_SHOP);
    assertThat(grant.spec().to()).containsExactly(SERVICES.withName("payments"));
  }

  @Test
  void aGrantForARouteOfAnotherTargetIsWrittenAsAVersionThatTargetServes() {
    // v1 came with Gateway API v1.5: the CRDs of v1.4.1 serve v1beta1 only, those of v1.5.1 both
    HTTPRoute onV12 = HTTPRoute.builder().mergeFrom(routeIn("shop"))
        .target(GatewayApiTarget.V1_2_STANDARD).apiVersion(GatewayApi.GROUP + "/v1").build();
    HTTPRoute onV15 = HTTPRoute.builder().mergeFrom(routeIn("shop"))
        .target(GatewayApiTarget.V1_5_STANDARD).build();

    assertThat(ReferenceGrant.allowing(onV12, serviceIn("payments")).apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(ReferenceGrant.allowing(onV15, serviceIn("payments")).apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(ReferenceGrant.allowing(routeIn("shop"), serviceIn("payments")).apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1");
  }

  @Test
  void grantWithinOneNamespaceIsRefused() {
    assertThatThrownBy(() -> ReferenceGrant.allowing(routeIn("shop"), serviceIn("shop")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ReferenceGrant needs two different namespaces; HTTPRoute \"checkout\" is "
            + "in \"shop\" and Service \"payments\" in \"shop\"");
  }

  @Test
  void grantForAnObjectWithoutNamespaceIsRefused() {
    assertThatThrownBy(() -> ReferenceGrant.allowing(routeIn(""), serviceIn("payments")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ReferenceGrant needs two different namespaces; HTTPRoute \"checkout\" is "
            + "in \"\" and Service \"payments\" in \"payments\"");
  }

  // ---- apiVersion ----

  @ParameterizedTest
  @ValueSource(strings = {GatewayApi.V1, GatewayApi.V1BETA1})
  void servedApiVersionIsAccepted(String apiVersion) {
    ReferenceGrant grant = grant(ROUTES_IN_SHOP, SERVICES).withApiVersion(apiVersion);

    assertThat(grant.apiVersion()).isEqualTo(apiVersion);
  }

  @Test
  void otherApiVersionIsUnsupported() {
    ReferenceGrant grant = grant(ROUTES_IN_SHOP, SERVICES);

    assertThatThrownBy(() -> grant.withApiVersion("gateway.networking.k8s.io/v1alpha2"))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("apiVersion: Unsupported value: \"gateway.networking.k8s.io/v1alpha2\""
            + ": supported values: \"gateway.networking.k8s.io/v1\", "
            + "\"gateway.networking.k8s.io/v1beta1\""));
  }

  // ---- from and to: 1 to 16 entries each ----

  private static ReferenceGrantSpec.Builder froms(int count) {
    ReferenceGrantSpec.Builder spec = ReferenceGrantSpec.builder().addTo(SERVICES);
    IntStream.range(0, count)
        .forEach(i -> spec.addFrom(ReferenceGrantFrom.of(GatewayApi.GROUP, "HTTPRoute", "ns-"
            + i)));
    return spec;
  }

  private static ReferenceGrantSpec.Builder tos(int count) {
    ReferenceGrantSpec.Builder spec = ReferenceGrantSpec.builder().addFrom(ROUTES_IN_SHOP);
    IntStream.range(0, count).forEach(i -> spec.addTo(SERVICES.withName("svc-" + i)));
    return spec;
  }

  @Test
  void oneAndSixteenFromEntriesAreAccepted() {
    assertThat(grant(froms(1).build()).spec().from()).hasSize(1);
    assertThat(grant(froms(16).build()).spec().from()).hasSize(16);
  }

  @Test
  void noFromEntryIsRequired() {
    assertThatThrownBy(() -> grant(froms(0).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.from: Required value"));
  }

  @Test
  void seventeenFromEntriesAreTooMany() {
    assertThatThrownBy(() -> grant(froms(17).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.from: Too many: 17: must have at most 16 items"));
  }

  @Test
  void oneAndSixteenToEntriesAreAccepted() {
    assertThat(grant(tos(1).build()).spec().to()).hasSize(1);
    assertThat(grant(tos(16).build()).spec().to()).hasSize(16);
  }

  @Test
  void noToEntryIsRequired() {
    assertThatThrownBy(() -> grant(tos(0).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.to: Required value"));
  }

  @Test
  void seventeenToEntriesAreTooMany() {
    assertThatThrownBy(() -> grant(tos(17).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.to: Too many: 17: must have at most 16 items"));
  }

  // ---- from entries ----

  @ParameterizedTest
  @ValueSource(strings = {"", GatewayApi.GROUP, "example.com"})
  void fromGroupThatIsEmptyOrASubdomainIsAccepted(String group) {
    ReferenceGrantFrom from = ReferenceGrantFrom.of(group, "HTTPRoute", "shop");

    assertThat(grant(from, SERVICES).spec().from()).containsExactly(from);
  }

  @Test
  void fromGroupOutsideSubdomainSyntaxIsRejected() {
    ReferenceGrantFrom from = ReferenceGrantFrom.of("Gateway_API", "HTTPRoute", "shop");

    assertThatThrownBy(() -> grant(from, SERVICES))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.from[0].group: Invalid value: \"Gateway_API\": " + shouldMatch(GROUP)));
  }

  @Test
  void fromKindOf63CharactersIsAccepted() {
    ReferenceGrantFrom from = ReferenceGrantFrom.of(GatewayApi.GROUP, "K".repeat(63), "shop");

    assertThat(grant(from, SERVICES).spec().from()).containsExactly(from);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1Route", "HTTP_Route"})
  void fromKindOutsideKindSyntaxIsRejected(String kind) {
    ReferenceGrantFrom from = ReferenceGrantFrom.of(GatewayApi.GROUP, kind, "shop");

    assertThatThrownBy(() -> grant(from, SERVICES))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(missingOrOutsidePattern("spec.from[0].kind", kind, KIND)));
  }

  @Test
  void fromKindOf64CharactersIsRejected() {
    String kind = "K".repeat(64);
    ReferenceGrantFrom from = ReferenceGrantFrom.of(GatewayApi.GROUP, kind, "shop");

    assertThatThrownBy(() -> grant(from, SERVICES))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.from[0].kind: " + tooLong(63, 64)));
  }

  @Test
  void fromNamespaceOf63CharactersIsAccepted() {
    ReferenceGrantFrom from = ReferenceGrantFrom.of(GatewayApi.GROUP, "HTTPRoute", letters(63));

    assertThat(grant(from, SERVICES).spec().from()).containsExactly(from);
  }

  @Test
  void fromNamespaceOf64CharactersIsRejected() {
    String namespace = letters(64);
    ReferenceGrantFrom from = ReferenceGrantFrom.of(GatewayApi.GROUP, "HTTPRoute", namespace);

    assertThatThrownBy(() -> grant(from, SERVICES))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.from[0].namespace: " + tooLong(63, namespace.length())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Shop", "shop_1"})
  void fromNamespaceOutsideLabelSyntaxIsRejected(String namespace) {
    ReferenceGrantFrom from = ReferenceGrantFrom.of(GatewayApi.GROUP, "HTTPRoute", namespace);

    assertThatThrownBy(() -> grant(from, SERVICES))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(missingOrOutsidePattern("spec.from[0].namespace", namespace,
            NAMESPACE)));
  }

  // ---- to entries ----

  @ParameterizedTest
  @ValueSource(strings = {"payments", "Not_A_DNS_Name", "a"})
  void toNameNeedsNoParticularSyntax(String name) {
    ReferenceGrantTo to = SERVICES.withName(name);

    assertThat(grant(ROUTES_IN_SHOP, to).spec().to()).containsExactly(to);
  }

  @Test
  void toNameOf253CharactersIsAccepted() {
    ReferenceGrantTo to = SERVICES.withName(letters(253));

    assertThat(grant(ROUTES_IN_SHOP, to).spec().to()).containsExactly(to);
  }

  @Test
  void toNameOf254CharactersIsTooLong() {
    ReferenceGrantTo to = SERVICES.withName(letters(254));

    assertThatThrownBy(() -> grant(ROUTES_IN_SHOP, to))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.to[0].name: " + tooLong(253, 254)));
  }

  @Test
  void emptyToNameIsTooShort() {
    ReferenceGrantTo to = SERVICES.withName("");

    assertThatThrownBy(() -> grant(ROUTES_IN_SHOP, to))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.to[0].name: Invalid value: \"\": " + minChars(1)));
  }

  @Test
  void toGroupAndKindAreCheckedLikeFromOnes() {
    ReferenceGrantTo to = ReferenceGrantTo.of("Core", "secret!");

    assertThatThrownBy(() -> grant(ROUTES_IN_SHOP, to))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ReferenceGrant \"shop-to-payments\" is invalid (2 problems):\n"
            + "  spec.to[0].group: Invalid value: \"Core\": " + shouldMatch(GROUP) + "\n"
            + "  spec.to[0].kind: Invalid value: \"secret!\": " + shouldMatch(KIND));
  }
}
