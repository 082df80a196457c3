package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GRPCRoute's shortcuts give what their Javadoc promises; values compare by content. */
class GRPCRouteDslTest {
  private static final Service USERS = HTTPRouteYamlTest.service("users", "shop");

  @Test
  void parentRefOfAGatewayTakesItsNameAndNamespace() {
    GRPCRoute route = GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("users").parentRef(HTTPRouteYamlTest.gateway())
        .useDefaultGateways(GatewayDefaultScope.ALL).build();

    assertThat(route.spec().parentRefs())
        .containsExactly(ParentReference.builder().namespace("shop").name("web").build());
    assertThat(route.spec().useDefaultGateways()).contains(GatewayDefaultScope.ALL);
  }

  @Test
  void theBuilderShortcutsFillTheSpec() {
    Gateway gateway = HTTPRouteYamlTest.gateway();

    GRPCRoute route = GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("users").namespace("shop")
        .parentRef(ParentReference.to(gateway, "http"))
        .parentRef(ParentReference.to(gateway, "admin"))
        .hostname("grpc.example.com")
        .rule(GRPCRouteRule.method("com.example.User", "Login").backendRef(USERS, 8080))
        .build();

    assertThat(route.spec()).isEqualTo(GRPCRouteSpec.builder()
        .addParentRef(ParentReference.builder().namespace("shop").name("web").sectionName("http")
            .build())
        .addParentRef(ParentReference.builder().namespace("shop").name("web").sectionName("admin")
            .build())
        .addHostname("grpc.example.com")
        .addRule(GRPCRouteRule.builder()
            .addMatch(GRPCRouteMatch.builder().method(GRPCMethodMatch.builder()
                .service("com.example.User").method("Login").build()).build())
            .addBackendRef(GRPCBackendRef.builder().name("users").port(8080).build())
            .build())
        .build());
    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(route.kind()).isEqualTo("GRPCRoute");
  }

  @Test
  void methodShortcutWritesServiceAndMethod() {
    String yaml = Manifests.toYaml(GRPCRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("users")
        .rule(GRPCRouteRule.method("com.example.User", "Login")).build());

    assertThat(yaml).endsWith("""
        spec:
          rules:
          - matches:
            - method:
                service: com.example.User
                method: Login
        """);
  }

  @Test
  void serviceAndHeaderShortcutsMatchWithoutAMethod() {
    assertThat(GRPCRouteRule.service("com.example.User").matches())
        .containsExactly(GRPCRouteMatch.builder()
            .method(GRPCMethodMatch.builder().service("com.example.User").build()).build());
    assertThat(GRPCRouteMatch.header("x-tenant", "a").addHeader("x-region", "eu").headers())
        .containsExactly(GRPCHeaderMatch.exact("x-tenant", "a"),
            GRPCHeaderMatch.exact("x-region", "eu"));
  }

  @Test
  void filtersReuseTheHttpConfigurations() {
    HTTPHeaderFilter headers = HTTPHeaderFilter.empty().set("X-Env", "prod");

    assertThat(GRPCRouteFilter.requestHeaderModifier(headers).requestHeaderModifier())
        .contains(headers);
    assertThat(GRPCRouteFilter.responseHeaderModifier(headers).type())
        .isEqualTo(GRPCRouteFilterType.RESPONSE_HEADER_MODIFIER);
    assertThat(GRPCRouteFilter.requestMirror(USERS, 8080).requestMirror())
        .contains(HTTPRequestMirrorFilter.to(USERS, 8080));
    assertThat(GRPCRouteFilter.extensionRef(LocalObjectReference.of("a.io", "K", "n")).type())
        .isEqualTo(GRPCRouteFilterType.EXTENSION_REF);
  }

  @Test
  void weightedBackendsAndCopies() {
    GRPCRouteRule rule = GRPCRouteRule.service("com.example.User");

    GRPCRouteRule split = rule.backendRefs(GRPCBackendRef.to(USERS, 8080).withWeight(3),
        GRPCBackendRef.to(USERS, 9090).withWeight(1));
    GRPCRouteRule filtered = split.filter(GRPCRouteFilter.requestMirror(USERS, 7070));

    assertThat(rule.backendRefs()).isEmpty();
    assertThat(split.backendRefs()).extracting(GRPCBackendRef::weight)
        .containsExactly(Optional.of(3), Optional.of(1));
    assertThat(split.filters()).isEmpty();
    assertThat(filtered.filters()).hasSize(1);
    assertThat(filtered.withFilters()).isEqualTo(split).hasSameHashCodeAs(split);
  }

  @Test
  void aBackendOfAnotherNamespaceNamesIt() {
    Service payments = HTTPRouteYamlTest.service("payments", "payments");

    assertThat(GRPCBackendRef.to(payments, 80).namespace()).isEmpty();
    assertThat(GRPCBackendRef.to(payments, 80).inNamespaceOf(payments).namespace())
        .contains("payments");
    assertThat(GRPCBackendRef.to(payments, 80)).isEqualTo(GRPCBackendRef.builder()
        .name("payments").port(80).build());
  }

  @Test
  void routesCompareByContent() {
    assertThat(GRPCRouteYamlTest.standardChannelRoute())
        .isEqualTo(GRPCRouteYamlTest.standardChannelRoute())
        .isNotEqualTo(GRPCRouteYamlTest.experimentalChannelRoute());
  }
}
