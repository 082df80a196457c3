package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shortcuts give what their Javadoc promises; values compare by content; copies are new. */
class HTTPRouteDslTest {
  private static final Service STORE = service("store", "shop");
  private static final Service CANARY = service("store-canary", "shop");
  private static final Service PAYMENTS = service("payments", "payments");

  private static Service service(String name, String namespace) {
    return Service.builder().name(name).namespace(namespace).selector("app", name)
        .port(ServicePort.of(8080)).build();
  }

  /** The YAML of {@code rule} as the only rule of a route, from its first rule line on. */
  private static String rulesYaml(HTTPRouteRule rule) {
    String yaml = Manifests.toYaml(HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r").namespace("shop").rule(rule)
        .build());
    return yaml.substring(yaml.indexOf("  rules:\n") + "  rules:\n".length());
  }

  @Test
  void headerMatchShortcutsMatchAnyPathWithAnExactHeader() {
    HTTPRouteMatch expected = HTTPRouteMatch.builder()
        .addHeader(HTTPHeaderMatch.builder().name("X-Canary").value("true").build()).build();

    assertThat(HTTPRouteMatch.header("X-Canary", "true")).isEqualTo(expected);
    assertThat(HTTPRouteRule.header("X-Canary", "true"))
        .isEqualTo(HTTPRouteRule.builder().addMatch(expected).build());
    assertThat(rulesYaml(HTTPRouteRule.header("X-Canary", "true"))).isEqualTo("""
          - matches:
            - headers:
              - name: X-Canary
                value: "true"
        """);
  }

  @Test
  void queryParamAndMethodShortcutsMatchAnyPath() {
    assertThat(rulesYaml(HTTPRouteRule.queryParam("lang", "de"))).isEqualTo("""
          - matches:
            - queryParams:
              - name: lang
                value: de
        """);
    assertThat(rulesYaml(HTTPRouteRule.method(HTTPMethod.DELETE))).isEqualTo("""
          - matches:
            - method: DELETE
        """);
    assertThat(HTTPRouteMatch.method(HTTPMethod.GET).method()).contains(HTTPMethod.GET);
  }

  @Test
  void matchVerbsAddConditionsToACopy() {
    HTTPRouteMatch api = HTTPRouteMatch.pathPrefix("/api");

    HTTPRouteMatch narrowed = api.addHeader("X-Version", "2").addHeader("X-Tenant", "a")
        .addQueryParam("debug", "true").withMethod(HTTPMethod.POST);

    assertThat(api.headers()).isEmpty();
    assertThat(narrowed.headers()).extracting(HTTPHeaderMatch::name)
        .containsExactly("X-Version", "X-Tenant");
    assertThat(narrowed.queryParams()).containsExactly(HTTPQueryParamMatch.exact("debug", "true"));
    assertThat(narrowed.path()).isEqualTo(api.path());
    assertThat(HTTPHeaderMatch.regularExpression("x", "v.*").type())
        .contains(HeaderMatchType.REGULAR_EXPRESSION);
  }

  @Test
  void headerModifierVerbsSetAddAndRemove() {
    HTTPHeaderFilter headers = HTTPHeaderFilter.empty().set("X-Env", "prod").add("X-Trace", "on")
        .remove("X-Debug", "X-Internal");

    assertThat(headers).isEqualTo(HTTPHeaderFilter.builder()
        .addSet(HTTPHeader.of("X-Env", "prod")).addAdd(HTTPHeader.of("X-Trace", "on"))
        .addRemove("X-Debug").addRemove("X-Internal").build());
    assertThat(HTTPHeaderFilter.empty()).isEqualTo(HTTPHeaderFilter.builder().build());
    assertThat(rulesYaml(HTTPRouteRule.builder().build()
        .filter(HTTPRouteFilter.responseHeaderModifier(headers)))).isEqualTo("""
          - filters:
            - type: ResponseHeaderModifier
              responseHeaderModifier:
                set:
                - name: X-Env
                  value: prod
                add:
                - name: X-Trace
                  value: "on"
                remove:
                - X-Debug
                - X-Internal
        """);
    assertThat(HTTPRouteFilter.requestHeaderModifier(headers).type())
        .isEqualTo(HTTPRouteFilterType.REQUEST_HEADER_MODIFIER);
  }

  @Test
  void theHttpsRedirectIsAPermanentRedirectToSchemeHttps() {
    HTTPRouteFilter redirect = HTTPRouteFilter.requestRedirectToHttps();

    assertThat(redirect).isEqualTo(HTTPRouteFilter.builder()
        .type(HTTPRouteFilterType.REQUEST_REDIRECT)
        .requestRedirect(HTTPRequestRedirectFilter.builder().scheme("https").statusCode(301)
            .build())
        .build());
    assertThat(rulesYaml(HTTPRouteRule.builder().build().filter(redirect))).isEqualTo("""
          - filters:
            - type: RequestRedirect
              requestRedirect:
                scheme: https
                statusCode: 301
        """);
    assertThat(HTTPRequestRedirectFilter.toHostname("www.example.com").statusCode()).isEmpty();
  }

  @Test
  void urlRewriteShortcutsSetTheHostnameOrThePath() {
    assertThat(HTTPURLRewriteFilter.toHostname("api.internal"))
        .isEqualTo(HTTPURLRewriteFilter.builder().hostname("api.internal").build());
    assertThat(HTTPURLRewriteFilter.replacePrefixMatch("/v2").path()).contains(
        HTTPPathModifier.builder().type(HTTPPathModifierType.REPLACE_PREFIX_MATCH)
            .replacePrefixMatch("/v2").build());
    assertThat(rulesYaml(HTTPRouteRule.pathPrefix("/v1").filter(HTTPRouteFilter.urlRewrite(
        HTTPURLRewriteFilter.replaceFullPath("/index.html").withHostname("static.internal")))))
        .isEqualTo("""
          - matches:
            - path:
                type: PathPrefix
                value: /v1
            filters:
            - type: URLRewrite
              urlRewrite:
                hostname: static.internal
                path:
                  type: ReplaceFullPath
                  replaceFullPath: /index.html
        """);
  }

  @Test
  void theMirrorShortcutCopiesEveryRequestToAServicePort() {
    HTTPRouteFilter mirror = HTTPRouteFilter.requestMirror(STORE, 8080);

    assertThat(mirror.requestMirror()).contains(HTTPRequestMirrorFilter.builder()
        .backendRef(BackendObjectReference.builder().name("store").port(8080).build()).build());
    assertThat(rulesYaml(HTTPRouteRule.builder().build().filter(mirror))).isEqualTo("""
          - filters:
            - type: RequestMirror
              requestMirror:
                backendRef:
                  name: store
                  port: 8080
        """);
  }

  @Test
  void otherFilterShortcutsSetTheirTypeAndField() {
    HTTPCORSFilter cors = HTTPCORSFilter.allowingOrigins("https://a.example.com");
    LocalObjectReference limit = LocalObjectReference.of("example.net", "Limit", "l");

    assertThat(HTTPRouteFilter.cors(cors)).isEqualTo(HTTPRouteFilter.builder()
        .type(HTTPRouteFilterType.CORS).cors(cors).build());
    assertThat(HTTPRouteFilter.extensionRef(limit)).isEqualTo(HTTPRouteFilter.builder()
        .type(HTTPRouteFilterType.EXTENSION_REF).extensionRef(limit).build());
    assertThat(cors.allowOrigins()).containsExactly("https://a.example.com");
  }

  @Test
  void timeoutsVerbsReplaceTheTimeoutsOfACopy() {
    HTTPRouteRule rule = HTTPRouteRule.pathPrefix("/").backendRef(STORE, 8080);

    HTTPRouteRule limited = rule.timeouts("10s");
    HTTPRouteRule both = limited.timeouts("30s", "5s");

    assertThat(rule.timeouts()).isEmpty();
    assertThat(limited.timeouts()).contains(HTTPRouteTimeouts.builder().request("10s").build());
    assertThat(both.timeouts()).contains(HTTPRouteTimeouts.of("30s", "5s"));
    assertThat(rulesYaml(both)).endsWith("""
            timeouts:
              request: 30s
              backendRequest: 5s
        """);
  }

  @Test
  void aWeightedCanarySplitsOneRuleBetweenBackends() {
    HTTPRouteRule rule = HTTPRouteRule.pathPrefix("/").backendRefs(
        HTTPBackendRef.to(STORE, 8080).withWeight(90),
        HTTPBackendRef.to(CANARY, 8080).withWeight(10));

    assertThat(rule.backendRefs()).extracting(HTTPBackendRef::weight)
        .containsExactly(Optional.of(90), Optional.of(10));
    assertThat(rulesYaml(rule)).endsWith("""
            backendRefs:
            - name: store
              port: 8080
              weight: 90
            - name: store-canary
              port: 8080
              weight: 10
        """);
  }

  @Test
  void backendRefsAppendsToTheBackendsAlreadyThere() {
    HTTPRouteRule rule = HTTPRouteRule.pathPrefix("/").backendRef(STORE, 8080)
        .backendRefs(HTTPBackendRef.to(CANARY, 8080));

    assertThat(rule.backendRefs()).extracting(HTTPBackendRef::name)
        .containsExactly("store", "store-canary");
  }

  @Test
  void aBackendInTheSameNamespaceIsWrittenWithoutNamespace() {
    HTTPBackendRef ref = HTTPBackendRef.to(STORE, 8080);

    assertThat(ref.namespace()).isEmpty();
    assertThat(ref).isEqualTo(HTTPBackendRef.builder().name("store").port(8080).build());
    assertThat(ref.serviceNamespace()).contains("shop");
  }

  @Test
  void aBackendInAnotherNamespaceNamesItWithInNamespaceOf() {
    HTTPBackendRef ref = HTTPBackendRef.to(PAYMENTS, 8080).inNamespaceOf(PAYMENTS);

    assertThat(ref.namespace()).contains("payments");
    assertThat(rulesYaml(HTTPRouteRule.pathPrefix("/").backendRef(ref))).endsWith("""
            backendRefs:
            - name: payments
              namespace: payments
              port: 8080
        """);
    assertThat(HTTPBackendRef.to(STORE, 8080).inNamespaceOf(service("x", "")).namespace())
        .isEmpty();
    assertThat(BackendObjectReference.to(PAYMENTS, 8080).inNamespaceOf(PAYMENTS).namespace())
        .contains("payments");
  }

  @Test
  void valuesAreEqualByContentAndCopiesLeaveTheOriginalAlone() {
    HTTPRouteFilter https = HTTPRouteFilter.requestRedirectToHttps();
    HTTPRouteRule one = HTTPRouteRule.header("x", "1").filter(https);
    HTTPRouteRule same = HTTPRouteRule.header("x", "1")
        .filter(HTTPRouteFilter.requestRedirectToHttps());

    HTTPRouteRule named = one.withName("redirect");

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(named).isNotEqualTo(one);
    assertThat(one.name()).isEmpty();
    assertThat(named.name()).contains("redirect");
    assertThat(named.withName(Optional.empty())).isEqualTo(one);
  }

  @Test
  void rulesAndRoutesCompareByContent() {
    HTTPRoute a = HTTPRouteYamlTest.standardChannelRoute();
    HTTPRoute b = HTTPRouteYamlTest.standardChannelRoute();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withSpec(a.spec().withHostnames("other.example.com"))).isNotEqualTo(b);
    assertThat(a.spec().hostnames()).containsExactly("store.example.com", "*.store.example.com");
  }

  @Test
  void externalAuthShortcutsPickTheProtocolAndItsEmptySettings() {
    HTTPExternalAuthFilter grpc = HTTPExternalAuthFilter.grpc(STORE, 9000);
    HTTPExternalAuthFilter http = HTTPExternalAuthFilter.http(STORE, 8080);

    assertThat(grpc).isEqualTo(HTTPExternalAuthFilter.builder()
        .protocol(HTTPRouteExternalAuthProtocol.GRPC)
        .backendRef(BackendObjectReference.builder().name("store").port(9000).build())
        .grpc(GRPCAuthConfig.builder().build()).build());
    assertThat(http.protocol()).isEqualTo(HTTPRouteExternalAuthProtocol.HTTP);
    assertThat(http.http()).contains(HTTPAuthConfig.empty());
    assertThat(rulesYaml(HTTPRouteRule.builder().build()
        .filter(HTTPRouteFilter.externalAuth(grpc)))).isEqualTo("""
          - filters:
            - type: ExternalAuth
              externalAuth:
                protocol: GRPC
                backendRef:
                  name: store
                  port: 9000
                grpc: {}
        """);
  }

  @Test
  void filtersReferenceServicesOfOtherNamespacesWithInNamespaceOf() {
    assertThat(HTTPExternalAuthFilter.http(PAYMENTS, 80).inNamespaceOf(PAYMENTS).backendRef()
        .namespace()).contains("payments");
    assertThat(HTTPRequestMirrorFilter.to(PAYMENTS, 80).inNamespaceOf(PAYMENTS).backendRef()
        .namespace()).contains("payments");
  }

  @Test
  void sessionPersistenceAndRetryShortcuts() {
    assertThat(SessionPersistence.cookie("s")).isEqualTo(SessionPersistence.builder()
        .sessionName("s").type(SessionPersistenceType.COOKIE).build());
    assertThat(SessionPersistence.header("X-S").type()).contains(SessionPersistenceType.HEADER);
    assertThat(HTTPRouteRetry.of(2, 502, 503)).isEqualTo(HTTPRouteRetry.builder().attempts(2)
        .addCode(502).addCode(503).build());
    assertThat(rulesYaml(HTTPRouteRule.builder().build().withSessionPersistence(
        SessionPersistence.builder().cookieConfig(CookieConfig.builder().build()).build())))
        .isEqualTo("""
          - sessionPersistence:
              cookieConfig: {}
        """);
  }
}
