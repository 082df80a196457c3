package dev.gatewaydsl.examples;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.azure.AzureLoadBalancer;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * An HTTPS gateway on AKS ({@code asm-1-30}) for {@code web.example.com}: the HTTPS listener
 * terminates TLS with the certificate in the Secret {@code web-tls}, an HTTPRoute on the HTTP
 * listener redirects every request to HTTPS (301), and an HTTPRoute on the HTTPS listener sends
 * the traffic to the echoserver. The add-on itself sets the load balancer's health probe on the
 * status port ({@code withHealthProbes()} writes nothing from {@code asm-1-26}).
 *
 * <p>The Secret is not part of the example: a private key does not belong in a GitOps
 * repository, and {@code Manifests.writeTo} refuses a Secret with data. It is created in the
 * cluster, e.g. synced from Azure Key Vault by the Secrets Store CSI driver, as AKS documents.
 */
public final class AksHttpsGatewayExample implements Example {

  private static final String HOST = "web.example.com";

  @Override
  public String name() {
    return "aks-https";
  }

  @Override
  public String description() {
    return "HTTPS gateway with a certificate Secret and an HTTP to HTTPS redirect (asm-1-30)";
  }

  @Override
  public List<KubernetesResource> resources() {
    Deployment echo = Echoserver.deployment("secure");
    Service service = Echoserver.service(echo);

    Gateway gateway = AksIstio.revision("asm-1-30")
        .withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.external().noLoadBalancerRule(AksIstio.STATUS_PORT))
        .applyTo(Gateway.builder().name("web").namespace("secure")
            .gatewayClassName("istio")
            .listener(Listener.http("http", 80).withHostname(HOST))
            .listener(Listener.https("https", 443, "web-tls")
                .withHostname(HOST))
            .build());

    HTTPRoute redirect = HTTPRoute.builder().name("web-redirect").namespace("secure")
        .parentRef(ParentReference.to(gateway, "http"))
        .hostname(HOST)
        .rule(HTTPRouteRule.pathPrefix("/").filter(HTTPRouteFilter.requestRedirectToHttps()))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("web").namespace("secure")
        .parentRef(ParentReference.to(gateway, "https"))
        .hostname(HOST)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();

    return List.of(echo, service, gateway, redirect, route);
  }
}
