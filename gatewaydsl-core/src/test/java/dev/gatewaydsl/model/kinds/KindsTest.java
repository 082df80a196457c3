package dev.gatewaydsl.model.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.GatewayClass;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.Route;
import dev.gatewaydsl.model.kinds.Kind.Scope;
import dev.gatewaydsl.model.workload.Deployment;
import org.junit.jupiter.api.Test;

class KindsTest {

  @Test
  void aKindIsFoundByTheGroupOfItsApiVersionAndItsName() {
    assertThat(Kinds.find("gateway.networking.k8s.io/v1", "GRPCRoute")).get()
        .extracting(Kind::type).isEqualTo(GRPCRoute.class);
    assertThat(Kinds.find("gateway.networking.k8s.io/v1alpha2", "GRPCRoute")).get()
        .extracting(Kind::type).isEqualTo(GRPCRoute.class);
    assertThat(Kinds.find("apps/v1", "Deployment")).get()
        .extracting(Kind::type).isEqualTo(Deployment.class);
    assertThat(Kinds.find("v1", "ConfigMap")).get().extracting(Kind::type)
        .isEqualTo(ConfigMap.class);
  }

  @Test
  void aKindOfAnotherGroupOrAnUnknownNameIsNotFound() {
    assertThat(Kinds.find("v1", "Deployment")).isEmpty();
    assertThat(Kinds.find("gateway.networking.k8s.io/v1", "Deployment")).isEmpty();
    assertThat(Kinds.find("networking.istio.io/v1", "Gateway")).isEmpty();
    assertThat(Kinds.find("gateway.networking.k8s.io/v1", "HttpRoute")).isEmpty();
  }

  @Test
  void knownKindsAreListedSortedWithTheirGroup() {
    assertThat(Kinds.known()).startsWith("ConfigMap", "Namespace", "PersistentVolumeClaim",
        "Secret", "Service", "ServiceAccount", "apps/DaemonSet", "apps/Deployment",
        "apps/StatefulSet", "autoscaling/HorizontalPodAutoscaler", "batch/CronJob", "batch/Job",
        "gateway.networking.k8s.io/BackendTLSPolicy")
        .contains("gateway.networking.k8s.io/GRPCRoute", "networking.k8s.io/NetworkPolicy",
            "policy/PodDisruptionBudget")
        .hasSize(24);
  }

  @Test
  void aListenerTakesTheRouteKindsOfItsProtocol() {
    assertThat(Kinds.routeKindsFor(Listener.HTTP)).containsExactly("HTTPRoute", "GRPCRoute");
    assertThat(Kinds.routeKindsFor(Listener.HTTPS)).containsExactly("HTTPRoute", "GRPCRoute");
    assertThat(Kinds.routeKindsFor(Listener.TLS)).containsExactly("TLSRoute", "TCPRoute");
    assertThat(Kinds.routeKindsFor(Listener.TCP)).containsExactly("TCPRoute");
    assertThat(Kinds.routeKindsFor(Listener.UDP)).containsExactly("UDPRoute");
    assertThat(Kinds.routeKindsFor("example.com/custom")).isEmpty();
  }

  @Test
  void routeRowsAreExactlyTheRouteTypes() {
    for (Kind kind : Kinds.ALL) {
      assertThat(Route.class.isAssignableFrom(kind.type())).as(kind.kind())
          .isEqualTo(kind.isRoute());
    }
  }

  @Test
  void onlyGatewayApiKindsTakeTheirApiVersionFromTheTarget() {
    for (Kind kind : Kinds.ALL) {
      assertThat(kind.hasFixedApiVersion()).as(kind.kind())
          .isNotEqualTo(GatewayApiResource.class.isAssignableFrom(kind.type()));
    }
    assertThat(Kinds.find("apps/v1", "Deployment").orElseThrow().versions())
        .containsExactly("v1");
  }

  @Test
  void aGatewayApiKindHasTheVersionsSomeReleaseServes() {
    assertThat(Kinds.find("gateway.networking.k8s.io/v1", "HTTPRoute").orElseThrow().versions())
        .containsExactlyInAnyOrder("v1", "v1beta1", "v1alpha2"); // v1alpha2: v0.6.1 serves it
    assertThat(Kinds.find("gateway.networking.k8s.io/v1", "GRPCRoute").orElseThrow().versions())
        .contains("v1", "v1alpha2");
  }

  @Test
  void namespacesAndGatewayClassesAreClusterWide() {
    assertThat(Kinds.ALL.stream().filter(k -> k.scope() == Scope.CLUSTER).map(Kind::type))
        .containsExactlyInAnyOrder(Namespace.class, GatewayClass.class);
  }
}
