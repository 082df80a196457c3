package dev.gatewaydsl.model.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The Gateway API installation a resource is written for: a release and its channel. It decides
 * which {@code apiVersion}s a kind may be written as and which fields it may carry, so that a
 * cluster never receives a field its CRDs would reject. The default is {@link #V1_6_STANDARD}.
 *
 * <p>Fields that exist only in the experimental channel need an explicit opt-in: build the
 * resource with {@code .target(GatewayApiTarget.V1_6_EXPERIMENTAL)}. Clusters with Gateway API
 * v0.6.x (such as AKS with Istio at {@code asm-1-17}) are {@link #V0_6_STANDARD}: there Gateway,
 * GatewayClass, HTTPRoute and ReferenceGrant are {@code v1beta1}, and newer fields are refused.
 *
 * <p>The standard channels of v1.2.1, v1.3.0, v1.4.1 and v1.5.1 are the bundles managed clusters
 * install (AKS picks one by the cluster's Kubernetes version); build with e.g. {@code
 * .target(GatewayApiTarget.V1_2_STANDARD)} for such a cluster.
 *
 * <p>The facts come from the CRDs of each release (Gateway API v1.6.1, v1.5.1, v1.4.1, v1.3.0,
 * v1.2.1 and v0.6.1), recorded in {@code gateway-api-fields.txt} next to this class.
 */
public enum GatewayApiTarget {
  /** Gateway API v1.6.1, standard channel: the default. */
  V1_6_STANDARD("v1.6.1", "standard"),
  /** Gateway API v1.6.1, experimental channel: every field this library models. */
  V1_6_EXPERIMENTAL("v1.6.1", "experimental"),
  /**
   * Gateway API v1.5.1, standard channel: a bundle AKS manages (Kubernetes 1.36+); the first with
   * ReferenceGrant {@code v1}, TLSRoute and ListenerSet in the standard channel.
   */
  V1_5_STANDARD("v1.5.1", "standard"),
  /** Gateway API v1.4.1, standard channel: a bundle AKS manages (Kubernetes 1.35). */
  V1_4_STANDARD("v1.4.1", "standard"),
  /** Gateway API v1.3.0, standard channel: a bundle AKS manages (Kubernetes 1.34). */
  V1_3_STANDARD("v1.3.0", "standard"),
  /** Gateway API v1.2.1, standard channel: a bundle AKS manages (Kubernetes 1.26 to 1.33). */
  V1_2_STANDARD("v1.2.1", "standard"),
  /** Gateway API v0.6.1, standard channel. */
  V0_6_STANDARD("v0.6.1", "standard"),
  /** Gateway API v0.6.1, experimental channel. */
  V0_6_EXPERIMENTAL("v0.6.1", "experimental");

  private final String release;
  private final String channel;

  GatewayApiTarget(String release, String channel) {
    this.release = release;
    this.channel = channel;
  }

  /** The Gateway API release, e.g. {@code v1.6.1}. */
  public String release() {
    return release;
  }

  /** The channel: {@code standard} or {@code experimental}. */
  public String channel() {
    return channel;
  }

  /** E.g. {@code Gateway API v1.6.1 (standard channel)}. */
  public String describe() {
    return "Gateway API " + release + " (" + channel + " channel)";
  }

  /** The versions of {@code kind} this target serves, newest first; empty if it has no such kind. */
  public List<String> servedVersions(String kind) {
    return Catalog.INSTANCE.versions.getOrDefault(key(kind), List.of());
  }

  /**
   * The {@code apiVersion} a new {@code kind} gets by default: {@code
   * gateway.networking.k8s.io/<version>}, the first version the target serves ({@code v1} where
   * it exists, else the newest older one), or {@code v1} when the target does not serve the kind
   * at all (the resource then fails its check with a message naming the target).
   */
  public String defaultApiVersion(String kind) {
    List<String> versions = servedVersions(kind);
    return GatewayApi.GROUP + "/" + (versions.isEmpty() ? "v1" : versions.get(0));
  }

  /**
   * The field paths {@code kind} may carry as {@code version} on this target, as the CRD schema
   * has them: {@code spec.rules[].matches[].path.value}; a path ending in {@code {}} is a map with
   * free keys, {@code [+]} marks a list that may not be empty and {@code [<=32]} the most items
   * a list may have. Empty if the target does not
   * serve that version.
   */
  Set<String> fields(String kind, String version) {
    return fieldSet(kind, version);
  }

  /**
   * Whether the list at {@code path} (as in {@code spec.rules}, no indices) must have at least one
   * item when it is present in {@code kind} {@code version}: an explicitly empty list there is
   * rejected by the API server, while an absent one may be allowed or defaulted.
   */
  public boolean requiresItems(String kind, String version, String path) {
    return fieldSet(kind, version).contains(path + "[+]");
  }

  /**
   * The most items the list at {@code path} (as in {@code spec.parentRefs}, no indices) may have
   * in {@code kind} {@code version} ({@code maxItems} of the CRD schema); empty if unbounded or
   * unknown.
   */
  public OptionalInt maxItems(String kind, String version, String path) {
    Integer max = Catalog.INSTANCE.maxItems.getOrDefault(key(kind) + " " + version, Map.of())
        .get(path);
    return max == null ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * Whether the newest version of {@code kind} this target serves has the field {@code path},
   * written with {@code []} for list items, e.g. {@code servesField("HTTPRoute",
   * "spec.rules[].retry")} (experimental channel only in v1.6.1).
   */
  public boolean servesField(String kind, String path) {
    List<String> versions = servedVersions(kind);
    return !versions.isEmpty() && fieldSet(kind, versions.get(0)).contains(path);
  }

  private Set<String> fieldSet(String kind, String version) {
    return Catalog.INSTANCE.fields.getOrDefault(key(kind) + " " + version, Set.of());
  }

  private String key(String kind) {
    return release + "/" + channel + " " + kind;
  }

  /** The recorded schema facts, read once. */
  private static final class Catalog {
    static final Catalog INSTANCE = load();

    final Map<String, List<String>> versions = new HashMap<>();
    final Map<String, Set<String>> fields = new HashMap<>();
    final Map<String, Map<String, Integer>> maxItems = new HashMap<>();

    private static Catalog load() {
      Catalog catalog = new Catalog();
      Map<String, List<String>> versions = new LinkedHashMap<>();
      try (InputStream in = GatewayApiTarget.class.getResourceAsStream("gateway-api-fields.txt")) {
        if (in == null) {
          throw new IllegalStateException("gateway-api-fields.txt is missing from the classpath");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8));
        Set<String> current = null;
        Map<String, Integer> currentMax = null;
        for (String line; (line = lines.readLine()) != null; ) {
          if (line.startsWith("@ ")) {
            // "@ v1.6.1/standard HTTPRoute v1"
            String[] parts = line.substring(2).split(" ");
            String kindKey = parts[0] + " " + parts[1];
            versions.computeIfAbsent(kindKey, k -> new java.util.ArrayList<>()).add(parts[2]);
            current = new HashSet<>();
            catalog.fields.put(kindKey + " " + parts[2], current);
            currentMax = new HashMap<>();
            catalog.maxItems.put(kindKey + " " + parts[2], currentMax);
          } else if (!line.isBlank() && current != null) {
            String field = line.trim();
            current.add(field);
            int bound = field.lastIndexOf("[<=");
            if (bound > 0 && field.endsWith("]")) {
              currentMax.put(field.substring(0, bound),
                  Integer.parseInt(field.substring(bound + 3, field.length() - 1)));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      catalog.versions.putAll(versions);
      return catalog;
    }
  }
}
