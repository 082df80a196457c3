package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class GRPCRouteYamlTest {

  /** Every standard-channel field of GRPCRoute v1.6.1, each filter type once. */
  static GRPCRoute standardChannelRoute() {
    Service users = HTTPRouteYamlTest.service("users", "shop");
    Service usersV2 = HTTPRouteYamlTest.service("users-v2", "shop");
    Service shadow = HTTPRouteYamlTest.service("users-shadow", "shop");
    Service audit = HTTPRouteYamlTest.service("audit", "compliance");
    return GRPCRoute.builder().name("users").namespace("shop")
        .parentRef(HTTPRouteYamlTest.gateway())
        .hostname("grpc.example.com")
        .rule(GRPCRouteRule.method("com.example.User", "Login").withName("login")
            .filter(GRPCRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
                .set("X-Env", "prod").remove("X-Debug")))
            .filter(GRPCRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty()
                .add("X-Served-By", "users")))
            .filter(GRPCRouteFilter.requestMirror(shadow, 8080))
            .filter(GRPCRouteFilter.requestMirror(HTTPRequestMirrorFilter.to(audit, 8080)
                .inNamespaceOf(audit).withPercent(10)))
            .filter(GRPCRouteFilter.extensionRef(
                LocalObjectReference.of("networking.example.net", "RateLimit", "login-limit")))
            .backendRefs(GRPCBackendRef.to(users, 8080).withWeight(90),
                GRPCBackendRef.to(usersV2, 8080).withWeight(10)
                    .filter(GRPCRouteFilter.requestHeaderModifier(
                        HTTPHeaderFilter.empty().set("X-Canary", "true")))))
        .rule(GRPCRouteRule.match(GRPCRouteMatch.service("com.example.User")
                .addHeader("x-tenant", "a  b"))
            .backendRef(users, 8080))
        .rule(GRPCRouteRule.match(GRPCRouteMatch.builder()
                .method(GRPCMethodMatch.builder().type(GRPCMethodMatchType.REGULAR_EXPRESSION)
                    .service("com\\.example\\..*").method("Get.*").build())
                .addHeader(GRPCHeaderMatch.builder().type(GRPCHeaderMatchType.REGULAR_EXPRESSION)
                    .name("x-version").value("v[0-9]+").build())
                .build())
            .backendRef(usersV2, 8080))
        .rule(GRPCRouteRule.builder().build().backendRef(users, 8080))
        .build();
  }

  /** The fields only the experimental channel of v1.6.1 serves. */
  static GRPCRoute experimentalChannelRoute() {
    Service users = HTTPRouteYamlTest.service("users", "shop");
    return GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("users")
        .namespace("shop")
        .useDefaultGateways(GatewayDefaultScope.ALL)
        .rule(GRPCRouteRule.service("com.example.User").withName("users")
            .backendRef(users, 8080)
            .withSessionPersistence(SessionPersistence.header("x-session")
                .withAbsoluteTimeout("1h")))
        .build();
  }

  @Test
  void everyStandardChannelField() throws Exception {
    String yaml = Manifests.toYaml(standardChannelRoute());

    CrdCheck.assertAccepted("grpc-everyStandardChannelField", yaml, CrdCheck.V1_6_1_STANDARD);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void everyExperimentalChannelField() throws Exception {
    String yaml = Manifests.toYaml(experimentalChannelRoute());

    CrdCheck.assertAccepted("grpc-everyExperimentalChannelField", yaml, CrdCheck.V1_6_1_EXPERIMENTAL);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void asV1alpha2ForGatewayApiV061() throws Exception {
    GRPCRoute route = GRPCRoute.builder().target(GatewayApiTarget.V0_6_EXPERIMENTAL)
        .name("users").namespace("shop")
        .parentRef(HTTPRouteYamlTest.gateway())
        .rule(GRPCRouteRule.method("com.example.User", "Login")
            .backendRef(HTTPRouteYamlTest.service("users", "shop"), 8080))
        .build();
    String yaml = Manifests.toYaml(route);

    CrdCheck.assertAccepted("grpc-v1alpha2", yaml, CrdCheck.V0_6_1_EXPERIMENTAL);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
  }
}
