package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GRPCRouteMatch;
import dev.gatewaydsl.model.gateway.GRPCRouteRule;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import java.util.List;

/**
 * gRPC routing with a GRPCRoute, for two services of Google's Online Boutique demo. Calls to any
 * method of {@code hipstershop.ProductCatalogService} go to {@code productcatalogservice}; the
 * two methods of {@code hipstershop.CurrencyService}, matched one by one, go to {@code
 * currencyservice}. Clients reach {@code grpc.example.com:443} over TLS, terminated by the Gateway
 * with the Secret {@code grpc-example-com-tls} (not part of the example); the Service ports are
 * named {@code grpc} so that the implementation speaks HTTP/2 to the pods.
 */
public final class GrpcExample implements Example {

  @Override
  public String name() {
    return "grpc";
  }

  @Override
  public String description() {
    return "GRPCRoute matching gRPC services and methods, behind an HTTPS listener";
  }

  @Override
  public List<KubernetesResource> resources() {
    Namespace boutique = Namespace.named("boutique");

    Deployment productCatalog = Deployment.builder().name("productcatalogservice")
        .namespace("boutique")
        .replicas(2)
        .selectorLabel("app", "productcatalogservice")
        .container(Container.of("server", "us-central1-docker.pkg.dev/google-samples/"
                + "microservices-demo/productcatalogservice:v0.10.3")
            .withPort(ContainerPort.of(3550).withName("grpc"))
            .withEnv("PORT", "3550")
            .withEnv("DISABLE_PROFILER", "1"))
        .build();
    Service productCatalogService = Service.builder().name("productcatalogservice")
        .namespace("boutique")
        .selector("app", "productcatalogservice")
        .port(ServicePort.of(3550).withName("grpc").withTargetPort(IntOrString.of(3550)))
        .build();

    Deployment currency = Deployment.builder().name("currencyservice").namespace("boutique")
        .replicas(2)
        .selectorLabel("app", "currencyservice")
        .container(Container.of("server", "us-central1-docker.pkg.dev/google-samples/"
                + "microservices-demo/currencyservice:v0.10.3")
            .withPort(ContainerPort.of(7000).withName("grpc"))
            .withEnv("PORT", "7000")
            .withEnv("DISABLE_PROFILER", "1"))
        .build();
    Service currencyService = Service.builder().name("currencyservice").namespace("boutique")
        .selector("app", "currencyservice")
        .port(ServicePort.of(7000).withName("grpc").withTargetPort(IntOrString.of(7000)))
        .build();

    Gateway gateway = Gateway.builder().name("grpc").namespace("boutique")
        .gatewayClassName("example")
        .listener(Listener.https("https", 443, "grpc-example-com-tls")
            .withHostname("grpc.example.com"))
        .build();

    GRPCRoute route = GRPCRoute.builder().name("boutique").namespace("boutique")
        .parentRef(gateway)
        .hostname("grpc.example.com")
        .rule(GRPCRouteRule.service("hipstershop.ProductCatalogService")
            .backendRef(productCatalogService, 3550))
        .rule(GRPCRouteRule.builder()
            .addMatches(
                GRPCRouteMatch.method("hipstershop.CurrencyService", "GetSupportedCurrencies"),
                GRPCRouteMatch.method("hipstershop.CurrencyService", "Convert"))
            .build()
            .backendRef(currencyService, 7000))
        .build();

    return List.of(boutique, productCatalog, productCatalogService, currency, currencyService,
        gateway, route);
  }
}
