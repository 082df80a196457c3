package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.ResourceChecks;
import dev.gatewaydsl.schema.Catalog;
import dev.gatewaydsl.schema.TargetChecks;
import dev.gatewaydsl.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

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
 * v1.2.1 and v0.6.1), recorded in the generated catalog of {@link Catalog}.
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
    return catalog().versions(kind);
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
   * Whether the list at {@code path} (as in {@code spec.rules}, no indices) must have at least one
   * item when it is present in {@code kind} {@code version}: an explicitly empty list there is
   * rejected by the API server, while an absent one may be allowed or defaulted.
   */
  public boolean requiresItems(String kind, String version, String path) {
    return catalog().schema(kind, version).facts(path).minItems() > 0;
  }

  /**
   * The most items the list at {@code path} (as in {@code spec.parentRefs}, no indices) may have
   * in {@code kind} {@code version} ({@code maxItems} of the CRD schema); empty if unbounded or
   * unknown.
   */
  public OptionalInt maxItems(String kind, String version, String path) {
    int max = catalog().schema(kind, version).facts(path).maxItems();
    return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * Whether the newest version of {@code kind} this target serves has the field {@code path},
   * written with {@code []} for list items, e.g. {@code servesField("HTTPRoute",
   * "spec.rules[].retry")} (experimental channel only in v1.6.1).
   */
  public boolean servesField(String kind, String path) {
    List<String> versions = servedVersions(kind);
    return !versions.isEmpty() && catalog().schema(kind, versions.get(0)).serves(path);
  }

  /**
   * The checks every Gateway API kind starts with: a collector for {@code resource} (with the
   * experimental channel's rules on when its target is that channel), the name and metadata
   * (object names are DNS-1123 subdomains), then apiVersion, fields and the schema facts of their
   * values against the resource's target. The kind adds its CEL rules and throws.
   */
  static Violations start(GatewayApiResource resource) {
    GatewayApiTarget target = resource.target();
    Violations violations = Violations.of(resource.kind(), resource.metadata().name())
        .experimentalChannel(target.channel.equals("experimental"));
    ResourceChecks.metadata(resource, ObjectMeta.NameRule.DNS1123_SUBDOMAIN, violations);
    GatewayApiTarget experimental = target.channel.equals("standard")
        ? Arrays.stream(values()).filter(t -> t.release.equals(target.release)
            && t.channel.equals("experimental")).findFirst().orElse(null)
        : null;
    TargetChecks.check(resource, GatewayApi.GROUP, resource.kind(), resource.apiVersion(),
        target.catalog(), experimental == null ? null : experimental.catalog(),
        experimental == null ? null : "build with target(GatewayApiTarget." + experimental.name()
            + ") for a cluster with that channel",
        Trees::write, Trees::of, violations);
    return violations;
  }

  /** The schema facts of this release and channel, from its CRDs. */
  Catalog catalog() {
    return Catalog.of(release, channel);
  }
}
