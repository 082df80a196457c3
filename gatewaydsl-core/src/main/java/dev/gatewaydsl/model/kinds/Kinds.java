package dev.gatewaydsl.model.kinds;

import static dev.gatewaydsl.model.gateway.Listener.HTTP;
import static dev.gatewaydsl.model.gateway.Listener.HTTPS;
import static dev.gatewaydsl.model.gateway.Listener.TCP;
import static dev.gatewaydsl.model.gateway.Listener.TLS;
import static dev.gatewaydsl.model.gateway.Listener.UDP;

import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.Secret;
import dev.gatewaydsl.model.gateway.BackendTLSPolicy;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayClass;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.ListenerSet;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.TCPRoute;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.UDPRoute;
import dev.gatewaydsl.model.kinds.Kind.Scope;
import dev.gatewaydsl.model.workload.CronJob;
import dev.gatewaydsl.model.workload.DaemonSet;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.HorizontalPodAutoscaler;
import dev.gatewaydsl.model.workload.Job;
import dev.gatewaydsl.model.workload.NetworkPolicy;
import dev.gatewaydsl.model.workload.PersistentVolumeClaim;
import dev.gatewaydsl.model.workload.PodDisruptionBudget;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServiceAccount;
import dev.gatewaydsl.model.workload.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table of the kinds this library models. Adding a kind is adding its row here (and its
 * model type): the reader, the analysis and the listener rules take it from this table.
 */
public final class Kinds {

  /** Every kind, one row each; route kinds in the order a listener's protocol names them. */
  public static final List<Kind> ALL = List.of(
      core("", "ConfigMap", ConfigMap.class, Scope.NAMESPACED),
      core("", "Namespace", Namespace.class, Scope.CLUSTER),
      core("", "Secret", Secret.class, Scope.NAMESPACED),
      core("", "Service", Service.class, Scope.NAMESPACED),
      core("", "ServiceAccount", ServiceAccount.class, Scope.NAMESPACED),
      core("", "PersistentVolumeClaim", PersistentVolumeClaim.class, Scope.NAMESPACED),
      core("apps", "Deployment", Deployment.class, Scope.NAMESPACED),
      core("apps", "StatefulSet", StatefulSet.class, Scope.NAMESPACED),
      core("apps", "DaemonSet", DaemonSet.class, Scope.NAMESPACED),
      core("batch", "Job", Job.class, Scope.NAMESPACED),
      core("batch", "CronJob", CronJob.class, Scope.NAMESPACED),
      // autoscaling/v1 is served too (Kubernetes 1.36), and read as a generic resource
      new Kind("autoscaling", "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          Scope.NAMESPACED, "v2", List.of(), List.of("v1")),
      core("policy", "PodDisruptionBudget", PodDisruptionBudget.class, Scope.NAMESPACED),
      core("networking.k8s.io", "NetworkPolicy", NetworkPolicy.class, Scope.NAMESPACED),
      gatewayApi("GatewayClass", GatewayClass.class, Scope.CLUSTER),
      gatewayApi("Gateway", Gateway.class, Scope.NAMESPACED),
      gatewayApi("ListenerSet", ListenerSet.class, Scope.NAMESPACED),
      route("HTTPRoute", HTTPRoute.class, HTTP, HTTPS),
      route("GRPCRoute", GRPCRoute.class, HTTP, HTTPS),
      route("TLSRoute", TLSRoute.class, TLS),
      route("TCPRoute", TCPRoute.class, TLS, TCP),
      route("UDPRoute", UDPRoute.class, UDP),
      gatewayApi("ReferenceGrant", ReferenceGrant.class, Scope.NAMESPACED),
      gatewayApi("BackendTLSPolicy", BackendTLSPolicy.class, Scope.NAMESPACED));

  private static final Map<String, Kind> BY_GROUP_KIND = ALL.stream()
      .collect(Collectors.toMap(Kind::groupKind, Function.identity(), (a, b) -> {
        throw new IllegalStateException("two rows for " + a.groupKind());
      }, TreeMap::new));
  private static final Map<String, List<String>> ROUTE_KINDS_BY_PROTOCOL = ALL.stream()
      .flatMap(k -> k.listenerProtocols().stream()).distinct()
      .collect(Collectors.toMap(Function.identity(), p -> ALL.stream()
          .filter(k -> k.listenerProtocols().contains(p)).map(Kind::kind).toList()));

  private Kinds() {}

  private static Kind core(String group, String kind, Class<? extends KubernetesResource> type,
      Scope scope) {
    return new Kind(group, kind, type, scope, "v1", List.of(), List.of());
  }

  private static Kind gatewayApi(String kind, Class<? extends KubernetesResource> type,
      Scope scope) {
    return new Kind(GatewayApi.GROUP, kind, type, scope, "", List.of(), List.of());
  }

  private static Kind route(String kind, Class<? extends KubernetesResource> type,
      String... listenerProtocols) {
    return new Kind(GatewayApi.GROUP, kind, type, Scope.NAMESPACED, "", List.of(listenerProtocols),
        List.of());
  }

  /** The group part of an apiVersion: {@code apps} of {@code apps/v1}, empty for {@code v1}. */
  public static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The kind {@code kind} in the group of {@code apiVersion} (e.g. {@code apps/v1}), if known. */
  public static Optional<Kind> find(String apiVersion, String kind) {
    String group = group(apiVersion);
    return Optional.ofNullable(BY_GROUP_KIND.get(group.isEmpty() ? kind : group + "/" + kind));
  }

  /** Every known kind, as {@code group/Kind} (core kinds without a group), sorted. */
  public static Iterable<String> known() {
    return BY_GROUP_KIND.keySet();
  }

  /**
   * The route kinds a listener of {@code protocol} takes when it lists no {@code
   * allowedRoutes.kinds}, in table order; empty for a protocol no route kind names.
   */
  public static List<String> routeKindsFor(String protocol) {
    return ROUTE_KINDS_BY_PROTOCOL.getOrDefault(protocol, List.of());
  }
}
