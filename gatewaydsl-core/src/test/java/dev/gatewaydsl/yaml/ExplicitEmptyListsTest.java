package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.ParentReference;
import org.junit.jupiter.api.Test;

/**
 * A Gateway API document's explicit empty list ({@code backendRefs: []}) reads back as itself:
 * the API server keeps a custom resource's {@code []}, so dropping it would change the stored
 * object. A value built in Java writes no empty lists.
 */
class ExplicitEmptyListsTest {
  private static final String ROUTE = """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        namespace: shop
      spec:
        parentRefs:
        - name: gateway
        rules:
        - backendRefs:
          - name: web
            port: 8080
        - matches:
          - path:
              type: PathPrefix
              value: /drain
          backendRefs: []
      """;

  @Test
  void anExplicitEmptyListIsWrittenBackAsRead() {
    HTTPRoute route = (HTTPRoute) Manifests.fromYaml(ROUTE).get(0);

    assertThat(route.explicitlyEmptyLists()).containsExactly("spec.rules[1].backendRefs");
    assertThat(route.spec().rules().get(1).backendRefs()).isEmpty();
    assertThat(Manifests.toYaml(route)).isEqualTo(ROUTE);
  }

  @Test
  void theSameRouteBuiltInJavaIsEqualButWritesNoEmptyList() {
    HTTPRoute read = (HTTPRoute) Manifests.fromYaml(ROUTE).get(0);
    HTTPRoute built = HTTPRoute.builder().name("web").namespace("shop")
        .parentRef(ParentReference.builder().name("gateway").build())
        .rule(HTTPRouteRule.builder().addBackendRef(HTTPBackendRef.builder().name("web").port(8080).build()).build())
        .rule(HTTPRouteRule.pathPrefix("/drain"))
        .build();

    assertThat(built).isEqualTo(read);
    assertThat(built.explicitlyEmptyLists()).isEmpty();
    assertThat(Manifests.toYaml(built)).doesNotContain("[]")
        .isEqualTo(ROUTE.replace("    backendRefs: []\n", ""));
  }

  @Test
  void aListFilledAfterReadingIsWrittenWithItsItems() {
    HTTPRoute read = (HTTPRoute) Manifests.fromYaml(ROUTE).get(0);
    HTTPRoute filled = read.withSpec(read.spec().withRules(read.spec().rules().get(0),
        read.spec().rules().get(1).withBackendRefs(HTTPBackendRef.builder().name("drain").port(8080).build())));

    assertThat(Manifests.toYaml(filled)).contains("""
            - path:
                type: PathPrefix
                value: /drain
            backendRefs:
            - name: drain
              port: 8080
        """);
  }
}
