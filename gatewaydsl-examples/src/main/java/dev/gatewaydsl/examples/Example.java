package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import java.util.List;

/** One runnable scenario: a name for the command line and the resources it builds. */
public interface Example {

  /** The command-line name, e.g. {@code echoserver}. */
  String name();

  /** One line saying what the example shows. */
  String description();

  /** The resources, in the order they are written. */
  List<KubernetesResource> resources();

  /** Every example, in the order {@code list} shows them. */
  static List<Example> all() {
    return List.of(new EchoserverExample(), new AksCurrentRevisionExample(),
        new AksInternalGatewayExample(), new AksHttpsGatewayExample(),
        new AksStaticPublicIpExample(), AksCanaryUpgradeExample.stable(),
        AksCanaryUpgradeExample.canary());
  }
}
