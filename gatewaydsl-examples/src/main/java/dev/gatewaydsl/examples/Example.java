package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.List;

/** One runnable scenario: a name for the command line and the resources it builds. */
public interface Example {

  /** The command-line name, e.g. {@code echoserver}. */
  String name();

  /** One line saying what the example shows. */
  String description();

  /** The resources, in the order they are written. */
  List<KubernetesResource> resources();

  /**
   * The Gateway API installation the example's Gateway API resources are built for, and which the
   * cluster needs. Default: {@link GatewayApiTarget#V1_6_STANDARD}.
   */
  default GatewayApiTarget gatewayApiTarget() {
    return GatewayApiTarget.V1_6_STANDARD;
  }

  /** Every example, in the order {@code list} shows them. */
  static List<Example> all() {
    return List.of(
        new EchoserverExample(),
        new HttpsRedirectExample(),
        new CanaryExample(),
        new HeaderRoutingExample(),
        new HeaderModifiersExample(),
        new UrlRewriteExample(),
        new RequestMirrorExample(),
        new TimeoutsExample(),
        new CrossNamespaceExample(),
        new GrpcExample(),
        new TcpTlsExample(),
        new ExperimentalExample(),
        new AksCurrentRevisionExample(),
        new AksInternalGatewayExample(),
        new AksHttpsGatewayExample(),
        new AksStaticPublicIpExample(),
        new AksLocalTrafficPolicyExample(),
        AksCanaryUpgradeExample.stable(),
        AksCanaryUpgradeExample.canary(),
        IstioMigrationExample.echoserver(),
        IstioMigrationExample.canary(),
        IstioMigrationExample.mesh());
  }
}
