package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TCPRouteRule;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.TLSRouteRule;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Layer-4 routing. The Gateway's {@code redis} listener forwards raw TCP on port 6379 to the
 * {@code redis} Service (TCPRoute); the image starts Redis without a password, so give it one (or
 * the Gateway a private address) before trying this anywhere public. The Gateway's {@code tls}
 * listener on port 443 passes TLS through unopened and routes by the SNI host name (TLSRoute):
 * connections for {@code echo.example.com} reach {@code echoserver}, which terminates TLS itself
 * on 8443 with its own certificate, so the Gateway holds no certificate at all. Each route names
 * its listener ({@code sectionName}).
 */
public final class TcpTlsExample implements Example {

  @Override
  public String name() {
    return "tcp-tls";
  }

  @Override
  public String description() {
    return "TCPRoute on a TCP listener and TLSRoute on a TLS passthrough listener";
  }

  @Override
  public List<KubernetesResource> resources() {
    Namespace apps = Namespace.named("apps");

    Deployment redis = Deployment.builder().name("redis").namespace("apps")
        .replicas(1)
        .selectorLabel("app", "redis")
        .container(Container.of("redis", "redis:7.2").withPort(6379))
        .build();
    Service redisService = Service.exposing(redis, 6379).build();

    Deployment echo = Deployment.builder().name("echoserver").namespace("apps")
        .replicas(2)
        .selectorLabel("app", "echoserver")
        .container(Container.of("echoserver", "registry.k8s.io/echoserver:1.10").withPort(8443))
        .build();
    Service echoService = Service.exposing(echo, 8443).build();

    Gateway gateway = Gateway.builder().name("edge").namespace("apps")
        .gatewayClassName("example")
        .listener(Listener.tcp("redis", 6379))
        .listener(Listener.tls("tls", 443))
        .build();

    TCPRoute redisRoute = TCPRoute.builder().name("redis").namespace("apps")
        .parentRef(ParentReference.to(gateway, "redis"))
        .rule(TCPRouteRule.to(redisService, 6379))
        .build();

    TLSRoute echoRoute = TLSRoute.builder().name("echoserver").namespace("apps")
        .parentRef(ParentReference.to(gateway, "tls"))
        .hostname("echo.example.com")
        .rule(TLSRouteRule.to(echoService, 8443))
        .build();

    return List.of(apps, redis, redisService, echo, echoService, gateway, redisRoute, echoRoute);
  }
}
