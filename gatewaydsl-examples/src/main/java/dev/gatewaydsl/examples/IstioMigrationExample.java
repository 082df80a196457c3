package dev.gatewaydsl.examples;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.istio.IstioManifests;
import dev.gatewaydsl.istio.migration.IstioToGatewayApi;
import dev.gatewaydsl.istio.migration.Migration;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A setup written the Istio way ({@code networking.istio.io} Gateway, VirtualService,
 * DestinationRule, in {@code istio/<name>.yaml} beside this class) and moved to the Gateway API
 * with {@link IstioToGatewayApi}: the resources are what the migration writes, the input's other
 * resources first.
 */
public final class IstioMigrationExample implements Example {
  private final String name;
  private final String description;
  private final String file;
  private final GatewayApiTarget target;
  private final UnaryOperator<KubernetesResource> finish;

  private IstioMigrationExample(String name, String description, String file,
      GatewayApiTarget target, UnaryOperator<KubernetesResource> finish) {
    this.name = name;
    this.description = description;
    this.file = file;
    this.target = target;
    this.finish = finish;
  }

  /**
   * The reference setup (see {@link EchoserverExample}) written the Istio way and migrated; the
   * Gateway made is then set up for AKS with the Istio add-on at revision {@code asm-1-17}, as
   * the reference is.
   */
  static IstioMigrationExample echoserver() {
    return new IstioMigrationExample("istio-echoserver",
        "the echoserver setup written with Istio's Gateway and VirtualService, migrated (asm-1-17)",
        "echoserver.yaml", GatewayApiTarget.V0_6_STANDARD,
        r -> r instanceof Gateway gateway
            ? AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gateway) : r);
  }

  /**
   * A 90/10 canary between two DestinationRule subsets, migrated to per-subset Services; the
   * Gateway made is then tied to the AKS add-on revision {@code asm-1-30}.
   */
  static IstioMigrationExample canary() {
    return new IstioMigrationExample("istio-canary",
        "a 90/10 canary between DestinationRule subsets, migrated to Services store-v1, store-v2",
        "canary.yaml", GatewayApiTarget.V1_6_STANDARD,
        r -> r instanceof Gateway gateway ? AksIstio.revision("asm-1-30").applyTo(gateway) : r);
  }

  /** A mesh route (no gateway), migrated to an HTTPRoute whose parent is the Service. */
  static IstioMigrationExample mesh() {
    return new IstioMigrationExample("istio-mesh",
        "a mesh VirtualService for reviews, migrated to an HTTPRoute with the Service as parent",
        "mesh.yaml", GatewayApiTarget.V1_6_STANDARD, UnaryOperator.identity());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return target;
  }

  /** The Istio-way input, as written. */
  public String istioYaml() {
    try (InputStream in = IstioMigrationExample.class.getResourceAsStream("istio/" + file)) {
      if (in == null) {
        throw new IllegalStateException("istio/" + file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The migration of {@link #istioYaml()}, with its report. */
  public Migration migration() {
    return IstioToGatewayApi.forTarget(target).convert(IstioManifests.fromYaml(istioYaml(),
        target));
  }

  @Override
  public List<KubernetesResource> resources() {
    return migration().resources().stream().map(finish).toList();
  }
}
