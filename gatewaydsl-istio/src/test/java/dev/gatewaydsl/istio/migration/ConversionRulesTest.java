package dev.gatewaydsl.istio.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.istio.IstioManifests;
import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * One test per conversion rule. Each approved file holds the Istio input, the Gateway API output
 * for the target, and the report, as YAML comments; each output must analyse without errors
 * (together with the input's other resources) and pass the crd-check oracle for its target.
 */
class ConversionRulesTest {

  private static final String SHOP = """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        namespace: shop
      spec:
        ports:
        - name: http
          port: 8080
        selector:
          app: web
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: api
        namespace: shop
      spec:
        ports:
        - name: http
          port: 9080
        selector:
          app: api
      ---
      """;

  private static final String GATEWAY = """
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata:
        name: shop
        namespace: shop
      spec:
        servers:
        - port:
            number: 80
            name: http
            protocol: HTTP
          hosts:
          - shop.example.com
      ---
      """;

  private static void verify(String input, GatewayApiTarget target, TestInfo test) {
    IstioSet set = IstioManifests.fromYaml(input, target);
    Migration migration = IstioToGatewayApi.forTarget(target).convert(set);
    String output = Manifests.toYaml(migration.generated());
    String report = migration.report().entries().stream().map(e -> "# " + e)
        .collect(Collectors.joining("\n"));
    Approvals.verify("# input\n" + input.strip() + "\n# output for " + target.describe()
        + "\n---\n" + output + "# report\n" + report + (report.isEmpty() ? "" : "\n"),
        new Options().forFile().withExtension(".yaml"));
    assertThat(Manifests.analyze(migration.resources()))
        .filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    CrdCheck.assertAccepted("rule-" + test.getTestMethod().orElseThrow().getName(),
        Manifests.toYaml(migration.resources()), CrdCheck.crds(target.release(),
            target.channel()));
  }

  private static void verify(String input, TestInfo test) {
    verify(input, GatewayApiTarget.V1_6_STANDARD, test);
  }

  @Test
  void gatewayServersBecomeListenersPerPortProtocolAndHost(TestInfo test) {
    verify(SHOP + """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: edge
          namespace: shop
        spec:
          selector:
            istio: ingressgateway
          servers:
          - port:
              number: 8080
              name: http
              protocol: HTTP
            hosts:
            - shop.example.com
            - "*/api.example.com"
          - port:
              number: 8443
              name: https
              protocol: HTTPS
            hosts:
            - shop.example.com
            tls:
              mode: SIMPLE
              credentialName: shop-cert
          - port:
              number: 9443
              name: tls-passthrough
              protocol: TLS
            hosts:
            - db.example.com
            tls:
              mode: PASSTHROUGH
          - port:
              number: 5432
              name: postgres
              protocol: TCP
            hosts:
            - "*"
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - edge
          http:
          - route:
            - destination:
                host: web
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: api
          namespace: team-api
        spec:
          hosts:
          - api.example.com
          gateways:
          - shop/edge
          http:
          - route:
            - destination:
                host: api.shop.svc.cluster.local
        """, test);
  }

  @Test
  void httpsRedirectBecomesARedirectRouteOnItsOwnListener(TestInfo test) {
    verify(SHOP + """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: shop
          namespace: shop
        spec:
          servers:
          - port:
              number: 80
              name: http
              protocol: HTTP
            hosts:
            - shop.example.com
            tls:
              httpsRedirect: true
          - port:
              number: 443
              name: https
              protocol: HTTPS
            hosts:
            - shop.example.com
            tls:
              mode: SIMPLE
              credentialName: shop-cert
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - route:
            - destination:
                host: web
        """, test);
  }

  @Test
  void serverSettingsWithoutAnEquivalentAreReported(TestInfo test) {
    verify("""
        apiVersion: networking.istio.io/v1beta1
        kind: Gateway
        metadata:
          name: edge
          namespace: shop
        spec:
          selector:
            app: my-gateway
          servers:
          - port:
              number: 443
              name: mtls
              protocol: HTTPS
            hosts:
            - shop.example.com
            tls:
              mode: MUTUAL
              credentialName: shop-cert
              minProtocolVersion: TLSV1_3
          - port:
              number: 15443
              name: tls
              protocol: TLS
            hosts:
            - "*.local"
            tls:
              mode: AUTO_PASSTHROUGH
          - port:
              number: 8443
              name: files
              protocol: HTTPS
            hosts:
            - files.example.com
            bind: 10.0.0.1
            tls:
              mode: SIMPLE
              serverCertificate: /etc/certs/server.pem
              privateKey: /etc/certs/key.pem
        """, test);
  }

  @Test
  void httpMatchesBecomePathHeaderQueryAndMethodMatches(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1alpha3
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - match:
            - uri:
                exact: /login
              method:
                exact: POST
            - uri:
                prefix: /static/
              headers:
                x-canary:
                  exact: "true"
                user-agent:
                  regex: ".*Firefox.*"
                x-team:
                  prefix: shop.
            - uri:
                regex: /items/[0-9]+
              queryParams:
                debug:
                  exact: "1"
                page:
                  regex: "[0-9]+"
            route:
            - destination:
                host: web
          - match:
            - uri:
                prefix: /api
              sourceLabels:
                app: frontend
              ignoreUriCase: true
            - authority:
                exact: api.example.com
            route:
            - destination:
                host: api
                port:
                  number: 9080
        """, test);
  }

  @Test
  void weightedDestinationsWithSubsetsBecomeWeightedBackendsOfSubsetServices(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata:
          name: web
          namespace: shop
        spec:
          host: web.shop.svc.cluster.local
          trafficPolicy:
            loadBalancer:
              simple: ROUND_ROBIN
          subsets:
          - name: v1
            labels:
              version: v1
          - name: v2
            labels:
              version: v2
            trafficPolicy:
              connectionPool:
                tcp:
                  maxConnections: 100
          - name: v3
            labels:
              version: v3
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - route:
            - destination:
                host: web
                subset: v1
              weight: 75
            - destination:
                host: web
                subset: v2
              weight: 25
            - destination:
                host: web
                subset: v4
        """, test);
  }

  @Test
  void redirectsBecomeRequestRedirectFilters(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - match:
            - uri:
                exact: /old
            redirect:
              uri: /new
              authority: www.example.com
              scheme: https
              port: 8443
              redirectCode: 302
          - match:
            - uri:
                exact: /moved
            redirect:
              uri: /new
          - match:
            - uri:
                exact: /derived
            redirect:
              authority: www.example.com
              derivePort: FROM_REQUEST_PORT
        """, test);
  }

  @Test
  void rewritesBecomeUrlRewriteFiltersOneRulePerPrefixMatch(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - match:
            - uri:
                prefix: /shop/
            - uri:
                exact: /catalog
            rewrite:
              uri: /
              authority: web.internal
            route:
            - destination:
                host: web
          - match:
            - uri:
                prefix: /host-only/
            rewrite:
              authority: web.internal
            route:
            - destination:
                host: web
        """, test);
  }

  @Test
  void headerOperationsBecomeHeaderModifierFilters(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - headers:
              request:
                set:
                  x-forwarded-prefix: /shop
                add:
                  x-trace: "on"
                remove:
                - x-debug
              response:
                set:
                  cache-control: no-store
                remove:
                - server
            route:
            - destination:
                host: web
              headers:
                request:
                  add:
                    x-backend: web
        """, test);
  }

  @Test
  void mirrorsBecomeRequestMirrorFiltersWithTheirPercentage(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - route:
            - destination:
                host: web
            mirror:
              host: api
            mirrorPercentage:
              value: 10
          - match:
            - uri:
                prefix: /two
            route:
            - destination:
                host: web
            mirrors:
            - destination:
                host: api
              percentage:
                value: 0.5
        """, test);
  }

  @Test
  void timeoutsAndRetriesOnTheExperimentalChannel(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - timeout: 1.5s
            retries:
              attempts: 3
              perTryTimeout: 500ms
              retryOn: 503,504,connect-failure
            route:
            - destination:
                host: web
        """, GatewayApiTarget.V1_6_EXPERIMENTAL, test);
  }

  @Test
  void retriesAreReportedOnTheStandardChannel(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - timeout: 10s
            retries:
              attempts: 3
              perTryTimeout: 2s
            route:
            - destination:
                host: web
        """, test);
  }

  @Test
  void corsPoliciesBecomeCorsFilters(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - corsPolicy:
              allowOrigin:
              - https://old.example.com
              allowOrigins:
              - exact: https://app.example.com
              - regex: https://.*[.]example[.]org
              allowMethods:
              - GET
              - POST
              allowHeaders:
              - x-request-id
              exposeHeaders:
              - x-trace
              maxAge: 24h
              allowCredentials: true
              unmatchedPreflights: IGNORE
            route:
            - destination:
                host: web
        """, test);
  }

  @Test
  void timeoutsAndCorsAreReportedWhereTheTargetHasNone(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          http:
          - timeout: 10s
            corsPolicy:
              allowOrigins:
              - exact: https://app.example.com
            route:
            - destination:
                host: web
        """, GatewayApiTarget.V0_6_STANDARD, test);
  }

  @Test
  void featuresWithoutAnEquivalentAreReported(TestInfo test) {
    verify(SHOP + GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: web
          namespace: shop
        spec:
          hosts:
          - shop.example.com
          gateways:
          - shop
          exportTo:
          - "."
          http:
          - match:
            - uri:
                prefix: /teapot
            directResponse:
              status: 418
          - match:
            - uri:
                prefix: /delegated
            delegate:
              name: web-delegate
          - fault:
              delay:
                fixedDelay: 5s
                percentage:
                  value: 1
            route:
            - destination:
                host: web
            - destination:
                host: www.example.org
        """, test);
  }

  @Test
  void tcpRoutesBecomeTcpRoutes(TestInfo test) {
    verify("""
        apiVersion: v1
        kind: Service
        metadata:
          name: postgres
          namespace: data
        spec:
          ports:
          - name: tcp-postgres
            port: 5432
          selector:
            app: postgres
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: data
          namespace: data
        spec:
          servers:
          - port:
              number: 5432
              name: postgres
              protocol: TCP
            hosts:
            - "*"
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: postgres
          namespace: data
        spec:
          hosts:
          - "*"
          gateways:
          - data
          tcp:
          - match:
            - port: 5432
              sourceSubnet: 10.0.0.0/8
            route:
            - destination:
                host: postgres
                port:
                  number: 5432
        """, test);
  }

  @Test
  void tlsRoutesBecomeTlsRoutesOnPassthroughListeners(TestInfo test) {
    verify("""
        apiVersion: v1
        kind: Service
        metadata:
          name: vault
          namespace: vault
        spec:
          ports:
          - name: https
            port: 8200
          selector:
            app: vault
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: vault
          namespace: vault
        spec:
          servers:
          - port:
              number: 443
              name: tls
              protocol: TLS
            hosts:
            - vault.example.com
            tls:
              mode: PASSTHROUGH
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vault
          namespace: vault
        spec:
          hosts:
          - vault.example.com
          gateways:
          - vault
          tls:
          - match:
            - sniHosts:
              - vault.example.com
            route:
            - destination:
                host: vault
        """, test);
  }

  @Test
  void grpcOnlyRoutesBecomeGrpcRoutes(TestInfo test) {
    verify("""
        apiVersion: v1
        kind: Service
        metadata:
          name: greeter
          namespace: grpc
        spec:
          ports:
          - name: grpc
            port: 50051
          selector:
            app: greeter
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: grpc
          namespace: grpc
        spec:
          servers:
          - port:
              number: 80
              name: grpc
              protocol: GRPC
            hosts:
            - grpc.example.com
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: greeter
          namespace: grpc
        spec:
          hosts:
          - grpc.example.com
          gateways:
          - grpc
          http:
          - match:
            - uri:
                exact: /helloworld.Greeter/SayHello
              headers:
                x-tenant:
                  exact: blue
            - uri:
                prefix: /helloworld.Greeter/
            route:
            - destination:
                host: greeter
        """, test);
  }

  @Test
  void meshRoutesGetTheServiceAsTheirParent(TestInfo test) {
    verify("""
        apiVersion: v1
        kind: Service
        metadata:
          name: reviews
          namespace: bookinfo
        spec:
          ports:
          - name: http
            port: 9080
          - name: http-admin
            port: 9090
          selector:
            app: reviews
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: edge
          namespace: bookinfo
        spec:
          servers:
          - port:
              number: 80
              name: http
              protocol: HTTP
            hosts:
            - "*"
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: reviews
          namespace: bookinfo
        spec:
          hosts:
          - reviews.bookinfo.svc.cluster.local
          - ratings
          gateways:
          - mesh
          - edge
          http:
          - match:
            - headers:
                end-user:
                  exact: jason
            route:
            - destination:
                host: reviews
                port:
                  number: 9080
        """, test);
  }

  @Test
  void crossNamespaceBackendsGetReferenceGrants(TestInfo test) {
    verify(SHOP + """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: edge
          namespace: infra
        spec:
          servers:
          - port:
              number: 80
              name: http
              protocol: HTTP
            hosts:
            - "*"
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: edge
          namespace: infra
        spec:
          hosts:
          - shop.example.com
          gateways:
          - edge
          http:
          - route:
            - destination:
                host: web.shop.svc.cluster.local
            mirror:
              host: api.shop.svc.cluster.local
        """, test);
  }
}
