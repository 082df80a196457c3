package dev.gatewaydsl.model.kinds;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One kind this library models: a row of {@link Kinds#ALL}.
 *
 * @param group the API group, empty for the core group
 * @param kind the kind, e.g. {@code HTTPRoute}
 * @param type the Java type of the kind
 * @param scope whether its objects live in a namespace
 * @param version the one version of a kind outside the Gateway API, e.g. {@code v1}; empty for a
 *     Gateway API kind, whose versions depend on the installation (see {@link #versions()})
 * @param listenerProtocols for a route kind, the listener protocols that take it when a listener
 *     lists no {@code allowedRoutes.kinds}; empty for other kinds
 */
public record Kind(String group, String kind, Class<? extends KubernetesResource> type,
    Scope scope, String version, List<String> listenerProtocols, List<String> otherServedVersions) {

  /** Whether the objects of a kind live in a namespace or in the cluster as a whole. */
  public enum Scope {
    /** In a namespace, e.g. HTTPRoute. */
    NAMESPACED,
    /** Cluster-wide, e.g. GatewayClass. */
    CLUSTER
  }

  /** A row; {@code listenerProtocols} is copied. */
  public Kind {
    Objects.requireNonNull(group);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(type);
    Objects.requireNonNull(scope);
    Objects.requireNonNull(version);
    listenerProtocols = List.copyOf(listenerProtocols);
    otherServedVersions = List.copyOf(otherServedVersions);
  }

  /**
   * Whether the apiVersion is fixed by the Java type (the kinds outside the Gateway API), rather
   * than a field the target decides.
   */
  public boolean hasFixedApiVersion() {
    return !version.isEmpty();
  }

  /**
   * Whether {@code apiVersion} is another version the API server serves this kind at than the one
   * modelled ({@code autoscaling/v1} of a HorizontalPodAutoscaler); such a document is read as a
   * generic resource.
   */
  public boolean isOtherServedVersion(String apiVersion) {
    return otherServedVersions.stream()
        .anyMatch(v -> apiVersion.equals(group.isEmpty() ? v : group + "/" + v));
  }

  /** Whether this is a route kind, i.e. listeners take it by protocol. */
  public boolean isRoute() {
    return !listenerProtocols.isEmpty();
  }

  /**
   * The versions of this kind: its one {@link #version()}, or for a Gateway API kind every version
   * some {@link GatewayApiTarget} serves, newest first as the targets list them.
   */
  public List<String> versions() {
    if (hasFixedApiVersion()) {
      return List.of(version);
    }
    List<String> versions = new ArrayList<>();
    for (GatewayApiTarget target : GatewayApiTarget.values()) {
      for (String served : target.servedVersions(kind)) {
        String name = served.substring(served.indexOf('/') + 1);
        if (!versions.contains(name)) {
          versions.add(name);
        }
      }
    }
    return List.copyOf(versions);
  }

  /** {@code group/Kind}, or {@code Kind} for the core group. */
  public String groupKind() {
    return group.isEmpty() ? kind : group + "/" + kind;
  }
}
