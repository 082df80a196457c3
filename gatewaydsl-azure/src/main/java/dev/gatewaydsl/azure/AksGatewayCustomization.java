package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.yaml.ManifestReadException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of AKS's per-Gateway customization ConfigMap: overlays for the Deployment, Service,
 * HorizontalPodAutoscaler and PodDisruptionBudget Istio generates for one Gateway, restricted to
 * the fields on AKS's allow list (the add-on's webhooks block any other field). The Gateway names
 * the ConfigMap in {@code spec.infrastructure.parametersRef}; its settings take precedence over
 * those of the AKS-managed {@code istio-gateway-class-defaults} ConfigMap, which in turn are
 * applied after {@code spec.infrastructure}, so they win over it for the same keys.
 *
 * <pre>{@code
 * AksGatewayCustomization.empty()
 *     .set(Resource.SERVICE, "spec.externalTrafficPolicy", "Local")
 *     .unset(Resource.SERVICE, "metadata.annotations", "service.beta.kubernetes.io/port_80_health-probe_port")
 *     .set(Resource.HORIZONTAL_POD_AUTOSCALER, "spec.minReplicas", 2);
 * }</pre>
 *
 * <p>Values are strings, integers, booleans or lists of strings; {@link #unset} writes {@code
 * null}, which removes a key the class-level defaults set. Instances are immutable.
 *
 * <p>Source: MicrosoftDocs/azure-aks-docs {@code articles/aks/istio-gateway-api.md}, sections
 * "ConfigMap customizations" and the four "customization allow list fields" tables, and
 * "Configure settings for a specific gateway" (commit a756347 of 2026-06-16).
 */
public final class AksGatewayCustomization {

  /** A generated resource the ConfigMap can customize, with its ConfigMap key and allow list. */
  public enum Resource {
    /** The gateway Deployment ({@code deployment}). */
    DEPLOYMENT("deployment", List.of("metadata.labels", "metadata.annotations",
        "spec.minReadySeconds", "spec.replicas", "spec.template.metadata.labels",
        "spec.template.metadata.annotations",
        "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
            + ".nodeSelectorTerms",
        "spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution",
        "spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution",
        "spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution",
        "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution",
        "spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution",
        "spec.template.spec.containers.resizePolicy",
        "spec.template.spec.containers.resources.limits",
        "spec.template.spec.containers.resources.requests",
        "spec.template.spec.containers.stdin", "spec.template.spec.containers.stdinOnce",
        "spec.template.spec.nodeSelector", "spec.template.spec.nodeName",
        "spec.template.spec.tolerations", "spec.template.spec.topologySpreadConstraints",
        "spec.template.spec.terminationGracePeriodSeconds")),
    /** The gateway Service ({@code service}). */
    SERVICE("service", List.of("metadata.labels", "metadata.annotations", "spec.type",
        "spec.loadBalancerSourceRanges", "spec.loadBalancerClass", "spec.externalTrafficPolicy",
        "spec.internalTrafficPolicy", "spec.healthCheckNodePort")),
    /** The HorizontalPodAutoscaler ({@code horizontalPodAutoscaler}). */
    HORIZONTAL_POD_AUTOSCALER("horizontalPodAutoscaler", List.of("metadata.labels",
        "metadata.annotations", "spec.behavior.scaleUp.stabilizationWindowSeconds",
        "spec.behavior.scaleUp.selectPolicy", "spec.behavior.scaleUp.policies",
        "spec.behavior.scaleDown.stabilizationWindowSeconds",
        "spec.behavior.scaleDown.selectPolicy", "spec.behavior.scaleDown.policies",
        "spec.metrics", "spec.minReplicas", "spec.maxReplicas")),
    /** The PodDisruptionBudget ({@code podDisruptionBudget}). */
    POD_DISRUPTION_BUDGET("podDisruptionBudget", List.of("metadata.labels",
        "metadata.annotations", "spec.minAvailable", "spec.unhealthyPodEvictionPolicy"));

    private final String key;
    private final List<String> allowed;

    Resource(String key, List<String> allowed) {
      this.key = key;
      this.allowed = allowed;
    }

    /** The key of the ConfigMap's {@code data} holding this resource's overlay. */
    public String key() {
      return key;
    }

    /** The field paths AKS's allow list has for this resource. */
    public List<String> allowList() {
      return allowed;
    }
  }

  /** The fewest replicas AKS's allow list lets the HorizontalPodAutoscaler have. */
  public static final int MIN_HPA_REPLICAS = 2;

  private static final Pattern MAP_FIELD = Pattern.compile("(.+)\\[([^\\]]+)]");
  private static final List<String> MAPS = List.of("metadata.labels", "metadata.annotations",
      "spec.template.metadata.labels", "spec.template.metadata.annotations",
      "spec.template.spec.nodeSelector");

  private final Map<Resource, SortedMap<String, Object>> settings;

  private AksGatewayCustomization(Map<Resource, SortedMap<String, Object>> settings) {
    this.settings = settings;
  }

  /** No settings. */
  public static AksGatewayCustomization empty() {
    return new AksGatewayCustomization(new EnumMap<>(Resource.class));
  }

  /**
   * A copy that sets {@code field} of {@code resource} to {@code value}. A field is a path of
   * the allow list ({@code spec.externalTrafficPolicy}), or a key of one of its maps written
   * {@code metadata.annotations[key]}.
   *
   * @throws IllegalArgumentException if the field is not on AKS's allow list for the resource,
   *     the value is not a string, integer, boolean or list of strings, or {@code
   *     spec.minReplicas} of the HorizontalPodAutoscaler is below 2
   */
  public AksGatewayCustomization set(Resource resource, String field, Object value) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    checkAllowed(resource, field);
    if (!(value instanceof String || value instanceof Integer || value instanceof Boolean
        || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
      throw new IllegalArgumentException(resource.key() + " " + field + ": the value must be a "
          + "string, an integer, a boolean or a list of strings, not " + value.getClass()
          .getSimpleName());
    }
    if (resource == Resource.HORIZONTAL_POD_AUTOSCALER && field.equals("spec.minReplicas")
        && value instanceof Integer n && n < MIN_HPA_REPLICAS) {
      throw new IllegalArgumentException("horizontalPodAutoscaler spec.minReplicas: " + n
          + ": AKS's allow list requires at least " + MIN_HPA_REPLICAS);
    }
    return with(resource, field, value instanceof List<?> l ? List.copyOf(l) : value);
  }

  /**
   * A copy that removes {@code key} from the map {@code field} (e.g. {@code
   * metadata.annotations}) of {@code resource}: written as {@code key: null}, which unsets what
   * the class-level defaults put there.
   *
   * @throws IllegalArgumentException if the map is not on AKS's allow list for the resource
   */
  public AksGatewayCustomization unset(Resource resource, String field, String key) {
    String path = field + "[" + key + "]";
    checkAllowed(resource, path);
    return with(resource, path, Null.NULL);
  }

  private AksGatewayCustomization with(Resource resource, String path, Object value) {
    Map<Resource, SortedMap<String, Object>> copy = new EnumMap<>(Resource.class);
    settings.forEach((r, m) -> copy.put(r, new TreeMap<>(m)));
    copy.computeIfAbsent(resource, r -> new TreeMap<>()).put(path, value);
    return new AksGatewayCustomization(copy);
  }

  private static void checkAllowed(Resource resource, String field) {
    Matcher m = MAP_FIELD.matcher(field);
    String path = m.matches() ? m.group(1) : field;
    boolean allowed = m.matches() ? MAPS.contains(path) && resource.allowList().contains(path)
        : resource.allowList().contains(path) && !MAPS.contains(path);
    if (!allowed) {
      throw new IllegalArgumentException(resource.key() + " " + field + ": not on AKS's "
          + resource.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " customization allow "
          + "list, so the add-on's webhook would block the ConfigMap; allowed: "
          + String.join(", ", resource.allowList().stream().map(p -> MAPS.contains(p)
              ? p + "[<key>]" : p).toList()));
    }
  }

  /**
   * The settings a per-Gateway customization ConfigMap holds: each {@code data} overlay read back
   * (its leaves as fields, {@code null} as unset keys), every field checked against AKS's allow
   * list.
   *
   * @throws IllegalArgumentException if a key is not one of the four resources, an overlay is not
   *     a YAML map, or a field is not on the allow list
   */
  public static AksGatewayCustomization fromConfigMap(ConfigMap configMap) {
    AksGatewayCustomization result = empty();
    for (Map.Entry<String, String> data : configMap.data().entrySet()) {
      Resource resource = java.util.Arrays.stream(Resource.values())
          .filter(r -> r.key().equals(data.getKey())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("ConfigMap \""
              + configMap.metadata().name() + "\": data key \"" + data.getKey() + "\" is none "
              + "of deployment, service, horizontalPodAutoscaler, podDisruptionBudget"));
      com.fasterxml.jackson.databind.JsonNode tree;
      try {
        tree = Manifests.readTree(data.getValue());
      } catch (ManifestReadException e) {
        throw new IllegalArgumentException("ConfigMap \"" + configMap.metadata().name()
            + "\": data." + data.getKey() + " is not YAML: " + e.getMessage(), e);
      }
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException("ConfigMap \"" + configMap.metadata().name()
            + "\": data." + data.getKey() + " must be a YAML map");
      }
      result = read(result, resource, tree, "");
    }
    return result;
  }

  private static AksGatewayCustomization read(AksGatewayCustomization into, Resource resource,
      com.fasterxml.jackson.databind.JsonNode node, String path) {
    AksGatewayCustomization result = into;
    if (MAPS.contains(path) && node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        var entry = it.next();
        result = entry.getValue().isNull()
            ? result.unset(resource, path, entry.getKey())
            : result.set(resource, path + "[" + entry.getKey() + "]", entry.getValue().asText());
      }
      return result;
    }
    if (node.isObject() && !resource.allowList().contains(path)) {
      for (var it = node.fields(); it.hasNext(); ) {
        var entry = it.next();
        result = read(result, resource, entry.getValue(),
            path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
      }
      return result;
    }
    if (node.isObject() || node.isArray() && !java.util.stream.StreamSupport
        .stream(node.spliterator(), false).allMatch(n -> n.isValueNode())) {
      throw new IllegalArgumentException(resource.key() + " " + path + ": only strings, "
          + "integers, booleans and lists of strings are supported here");
    }
    Object value;
    if (node.isInt()) {
      value = node.intValue();
    } else if (node.isBoolean()) {
      value = node.booleanValue();
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      value = items;
    } else {
      value = node.asText();
    }
    return result.set(resource, path, value);
  }

  /** Whether nothing is set. */
  public boolean isEmpty() {
    return settings.values().stream().allMatch(Map::isEmpty);
  }

  /**
   * The settings of {@code resource}, by field ({@code metadata.annotations[key]} for map
   * entries); an unset key has an empty value.
   */
  public SortedMap<String, Optional<Object>> settings(Resource resource) {
    SortedMap<String, Optional<Object>> out = new TreeMap<>();
    settings.getOrDefault(resource, new TreeMap<>()).forEach((k, v) ->
        out.put(k, v == Null.NULL ? Optional.empty() : Optional.of(v)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The per-Gateway ConfigMap: {@code name} in {@code namespace}, one {@code data} key per
   * customized resource ({@code deployment}, {@code service}, {@code horizontalPodAutoscaler},
   * {@code podDisruptionBudget}), each a YAML overlay with keys sorted.
   */
  public ConfigMap toConfigMap(String name, String namespace) {
    ConfigMap.Builder map = ConfigMap.builder().name(name);
    if (!namespace.isEmpty()) {
      map.namespace(namespace);
    }
    for (Resource resource : Resource.values()) {
      SortedMap<String, Object> fields = settings.get(resource);
      if (fields != null && !fields.isEmpty()) {
        map.putData(resource.key(), overlay(fields));
      }
    }
    return map.build();
  }

  /** The YAML overlay of one resource: nested maps, keys sorted, strings double-quoted. */
  private static String overlay(SortedMap<String, Object> fields) {
    SortedMap<String, Object> tree = new TreeMap<>();
    fields.forEach((field, value) -> {
      Matcher m = MAP_FIELD.matcher(field);
      List<String> path = new ArrayList<>(List.of((m.matches() ? m.group(1) : field)
          .split("\\.")));
      if (m.matches()) {
        path.add(m.group(2));
      }
      SortedMap<String, Object> node = tree;
      for (String part : path.subList(0, path.size() - 1)) {
        @SuppressWarnings("unchecked")
        SortedMap<String, Object> child = (SortedMap<String, Object>) node
            .computeIfAbsent(part, k -> new TreeMap<String, Object>());
        node = child;
      }
      node.put(path.get(path.size() - 1), value);
    });
    StringBuilder out = new StringBuilder();
    write(tree, 0, out);
    return out.toString();
  }

  private static void write(SortedMap<String, Object> node, int indent, StringBuilder out) {
    node.forEach((key, value) -> {
      out.append(" ".repeat(indent)).append(key).append(':');
      if (value instanceof SortedMap<?, ?> child) {
        out.append('\n');
        @SuppressWarnings("unchecked")
        SortedMap<String, Object> map = (SortedMap<String, Object>) child;
        write(map, indent + 2, out);
      } else if (value instanceof List<?> list) {
        out.append('\n');
        list.forEach(item -> out.append(" ".repeat(indent)).append("- ")
            .append(scalar(item)).append('\n'));
      } else {
        out.append(' ').append(scalar(value)).append('\n');
      }
    });
  }

  private static String scalar(Object value) {
    if (value == Null.NULL) {
      return "null";
    }
    if (value instanceof String s) {
      StringBuilder quoted = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> quoted.append("\\\"");
          case '\\' -> quoted.append("\\\\");
          case '\n' -> quoted.append("\\n");
          default -> quoted.append(c);
        }
      }
      return quoted.append('"').toString();
    }
    return value.toString();
  }

  /** The marker of an unset key. */
  private enum Null { NULL }

  @Override
  public boolean equals(Object other) {
    return other instanceof AksGatewayCustomization that && settings(that).equals(settings(this));
  }

  private static Map<Resource, SortedMap<String, Object>> settings(AksGatewayCustomization c) {
    Map<Resource, SortedMap<String, Object>> nonEmpty = new EnumMap<>(Resource.class);
    c.settings.forEach((r, m) -> {
      if (!m.isEmpty()) {
        nonEmpty.put(r, m);
      }
    });
    return nonEmpty;
  }

  @Override
  public int hashCode() {
    return settings(this).hashCode();
  }

  @Override
  public String toString() {
    return "AksGatewayCustomization" + settings(this);
  }
}
