package dev.gatewaydsl.yaml;

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
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServiceAccount;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The kinds the reader knows, by API group and kind. */
final class Kinds {
  private static final Map<String, Class<? extends KubernetesResource>> BY_GROUP_KIND =
      new TreeMap<>();
  /** Kinds whose apiVersion is fixed by the type rather than read from the document. */
  private static final Set<Class<?>> FIXED_API_VERSION = new HashSet<>();

  static {
    register("", "ConfigMap", ConfigMap.class);
    register("", "Namespace", Namespace.class);
    register("", "Secret", Secret.class);
    register("", "Service", Service.class);
    register("", "ServiceAccount", ServiceAccount.class);
    register("apps", "Deployment", Deployment.class);
    FIXED_API_VERSION.addAll(List.of(ConfigMap.class, Namespace.class, Secret.class, Service.class,
        ServiceAccount.class, Deployment.class));
    register(GatewayApi.GROUP, "Gateway", Gateway.class);
    register(GatewayApi.GROUP, "GatewayClass", GatewayClass.class);
    register(GatewayApi.GROUP, "ListenerSet", ListenerSet.class);
    register(GatewayApi.GROUP, "HTTPRoute", HTTPRoute.class);
    register(GatewayApi.GROUP, "GRPCRoute", GRPCRoute.class);
    register(GatewayApi.GROUP, "ReferenceGrant", ReferenceGrant.class);
    register(GatewayApi.GROUP, "TCPRoute", TCPRoute.class);
    register(GatewayApi.GROUP, "TLSRoute", TLSRoute.class);
    register(GatewayApi.GROUP, "UDPRoute", UDPRoute.class);
    register(GatewayApi.GROUP, "BackendTLSPolicy", BackendTLSPolicy.class);
  }

  private Kinds() {}

  private static void register(String group, String kind, Class<? extends KubernetesResource> type) {
    BY_GROUP_KIND.put(key(group, kind), type);
  }

  /** The model type of {@code kind} in the group of {@code apiVersion}, if known. */
  static Optional<Class<? extends KubernetesResource>> find(String apiVersion, String kind) {
    return Optional.ofNullable(BY_GROUP_KIND.get(key(group(apiVersion), kind)));
  }

  /** Whether {@code type}'s apiVersion is a constant (core kinds) rather than a field. */
  static boolean hasFixedApiVersion(Class<?> type) {
    return FIXED_API_VERSION.contains(type);
  }

  /** Every known kind, as {@code group/Kind} (core kinds without a group), sorted. */
  static Iterable<String> known() {
    return BY_GROUP_KIND.keySet();
  }

  /** The group part of an apiVersion: {@code apps} of {@code apps/v1}, empty for {@code v1}. */
  static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static String key(String group, String kind) {
    return group.isEmpty() ? kind : group + "/" + kind;
  }
}
