package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class HTTPRouteYamlTest {

  static Service service(String name, String namespace) {
    return Service.builder().name(name).namespace(namespace).selector("app", name)
        .port(ServicePort.of(8080)).build();
  }

  static Gateway gateway() {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .listener(Listener.http("admin", 8080))
        .build();
  }

  /** Every standard-channel field of HTTPRoute v1.6.1, each filter type once. */
  static HTTPRoute standardChannelRoute() {
    Service stable = service("store", "shop");
    Service canary = service("store-canary", "shop");
    Service shadow = service("store-shadow", "shop");
    Service payments = service("payments", "payments");
    return HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway())
        .parentRef(ParentReference.builder().name("internal").sectionName("http").port(80).build())
        .parentRef(ParentReference.builder().name("internal").sectionName("https").port(443)
            .build())
        .hostname("store.example.com")
        .hostname("*.store.example.com")
        .rule(HTTPRouteRule.exactPath("/").withName("http-to-https")
            .filter(HTTPRouteFilter.requestRedirectToHttps()))
        .rule(HTTPRouteRule.builder().name("api")
            .addMatch(HTTPRouteMatch.pathPrefix("/api").addHeader("X-Version", "2")
                .addQueryParam("debug", "true").withMethod(HTTPMethod.GET))
            .build()
            .filter(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
                .set("X-Env", "prod").add("X-Trace", "on").remove("X-Debug", "X-Internal")))
            .filter(HTTPRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty()
                .set("Cache-Control", "no-store")))
            .filter(HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.replacePrefixMatch("/v2")
                .withHostname("api.internal")))
            .filter(HTTPRouteFilter.requestMirror(shadow, 8080))
            .filter(HTTPRouteFilter.requestMirror(HTTPRequestMirrorFilter.to(shadow, 8080)
                .withFraction(Fraction.of(1, 1000))))
            .filter(HTTPRouteFilter.cors(HTTPCORSFilter.allowingOrigins("https://app.example.com",
                    "https://*.example.com")
                .withAllowCredentials(true)
                .withAllowMethods(HTTPMethodWithWildcard.GET, HTTPMethodWithWildcard.POST)
                .withAllowHeaders("X-Version")
                .withExposeHeaders("X-Request-Id")
                .withMaxAge(600)))
            .filter(HTTPRouteFilter.extensionRef(
                LocalObjectReference.of("networking.example.net", "RateLimit", "api-limit")))
            .backendRefs(HTTPBackendRef.to(stable, 8080).withWeight(90),
                HTTPBackendRef.to(canary, 8080).withWeight(10)
                    .filter(HTTPRouteFilter.requestHeaderModifier(
                        HTTPHeaderFilter.empty().set("X-Canary", "true"))))
            .timeouts("30s", "10s"))
        .rule(HTTPRouteRule.pathPrefix("/pay")
            .backendRef(HTTPBackendRef.to(payments, 8080).inNamespaceOf(payments))
            .timeouts("5s"))
        .rule(HTTPRouteRule.pathPrefix("/old")
            .filter(HTTPRouteFilter.requestRedirect(HTTPRequestRedirectFilter.builder()
                .scheme("https").hostname("new.example.com")
                .path(HTTPPathModifier.replaceFullPath("/new")).port(8443).statusCode(308)
                .build())))
        .rule(HTTPRouteRule.queryParam("lang", "de")
            .filter(HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.replaceFullPath("/de")))
            .backendRef(stable, 8080))
        .rule(HTTPRouteRule.method(HTTPMethod.POST).backendRef(stable, 8080))
        .rule(HTTPRouteRule.header("X-Canary", "true")
            .backendRef(HTTPBackendRef.builder().group("").kind("Service").name("store-canary")
                .port(8080).weight(1).build()))
        .build();
  }

  /** The fields only the experimental channel of v1.6.1 serves. */
  static HTTPRoute experimentalChannelRoute() {
    Service store = service("store", "shop");
    Service auth = service("auth", "security");
    return HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("store").namespace("shop")
        .parentRef(ParentReference.builder().name("web").port(80).build())
        .parentRef(ParentReference.builder().name("internal").port(443).build())
        .useDefaultGateways(GatewayDefaultScope.ALL)
        .rule(HTTPRouteRule.pathPrefix("/api").withName("api")
            .filter(HTTPRouteFilter.externalAuth(HTTPExternalAuthFilter.grpc(auth, 9000)
                .withBackendRef(BackendObjectReference.to(auth, 9000).inNamespaceOf(auth))
                .withGrpc(GRPCAuthConfig.builder().addAllowedHeaders("Authorization", "Cookie")
                    .build())
                .withForwardBody(ForwardBodyConfig.maxSize(8192))))
            .backendRef(store, 8080)
            .timeouts("30s")
            .withRetry(HTTPRouteRetry.of(3, 502, 503).withBackoff("100ms"))
            .withSessionPersistence(SessionPersistence.cookie("store-session")
                .withAbsoluteTimeout("24h")
                .withCookieConfig(CookieConfig.of(CookieLifetimeType.PERMANENT))))
        .rule(HTTPRouteRule.pathPrefix("/admin").withName("admin")
            .filter(HTTPRouteFilter.externalAuth(HTTPExternalAuthFilter.http(auth, 8080)
                .inNamespaceOf(auth)
                .withHttp(HTTPAuthConfig.builder().path("/check")
                    .addAllowedHeaders("Authorization").addAllowedResponseHeaders("X-User")
                    .build())))
            .backendRef(store, 8080)
            .withSessionPersistence(SessionPersistence.header("X-Session")))
        .build();
  }

  @Test
  void everyExperimentalChannelField() throws Exception {
    String yaml = Manifests.toYaml(experimentalChannelRoute());

    CrdCheck.assertAccepted("everyExperimentalChannelField", yaml, CrdCheck.V1_6_1_EXPERIMENTAL);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void everyStandardChannelField() throws Exception {
    String yaml = Manifests.toYaml(standardChannelRoute());

    CrdCheck.assertAccepted("everyStandardChannelField", yaml, CrdCheck.V1_6_1_STANDARD);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
  }
}
