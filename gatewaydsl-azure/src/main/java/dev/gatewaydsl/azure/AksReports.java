package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.GatewayInfrastructure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the command line prints about AKS, as library calls: the preview of what Istio and AKS
 * create for the Gateways of a manifest set, and the revision table.
 */
public final class AksReports {
  private AksReports() {}

  /**
   * What Istio and AKS create for each Gateway of class {@code istio} in {@code resources}: the
   * ServiceAccount, Deployment and Service of {@link AksIstio#preview(Gateway)}, with the Service
   * as AKS's class defaults and the Gateway's customization ConfigMap (when it is in the set) change
   * it. The revision is {@code revision} if given, else the Gateway's {@code istio.io/rev} label.
   *
   * @throws IllegalArgumentException if a Gateway names no revision and none is given, if the
   *     set holds no Gateway of class {@code istio}, or a ConfigMap overlay is outside AKS's allow
   *     list
   * @throws dev.gatewaydsl.validation.InvalidResourceException if a Gateway does not pass the
   *     revision's check
   */
  public static List<KubernetesResource> preview(Collection<? extends KubernetesResource> resources,
      Optional<String> revision, Optional<String> kubernetes) {
    List<KubernetesResource> out = new ArrayList<>();
    for (KubernetesResource resource : resources) {
      if (!(resource instanceof Gateway gateway)
          || !gateway.spec().gatewayClassName().equals(AksIstio.GATEWAY_CLASS)) {
        continue;
      }
      String name = revision.or(() -> Optional.ofNullable(
          gateway.metadata().labels().get(AksIstio.REVISION_LABEL))).orElseThrow(() ->
          new IllegalArgumentException("Gateway \"" + gateway.metadata().name() + "\" has no "
              + AksIstio.REVISION_LABEL + " label; give the revision with --revision"));
      AksIstio aks = AksIstio.revision(name);
      if (kubernetes.isPresent()) {
        aks = aks.kubernetes(kubernetes.get());
      }
      Optional<ConfigMap> options = gateway.spec().infrastructure()
          .flatMap(GatewayInfrastructure::parametersRef)
          .filter(r -> r.group().isEmpty() && r.kind().equals("ConfigMap"))
          .flatMap(r -> resources.stream().filter(ConfigMap.class::isInstance)
              .map(ConfigMap.class::cast)
              .filter(c -> c.metadata().name().equals(r.name())
                  && c.metadata().namespace().equals(gateway.metadata().namespace()))
              .findFirst());
      if (options.isPresent()) {
        aks = aks.withCustomization(AksGatewayCustomization.fromConfigMap(options.get()));
      }
      out.addAll(aks.preview(gateway).resources());
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no Gateway of class \"" + AksIstio.GATEWAY_CLASS
          + "\" to preview");
    }
    return out;
  }

  /**
   * The revision table, one Markdown row per known revision: Istio version, Kubernetes versions,
   * Gateway API bundle per Kubernetes version, kinds and apiVersions (those every bundle of the
   * revision serves), AKS release and end of life; then the source and the date it was read.
   */
  public static String revisionTable() {
    StringBuilder out = new StringBuilder();
    out.append("| revision | Istio | Kubernetes | Gateway API by Kubernetes version | kinds "
        + "(apiVersions) | AKS release | end of life |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (AksMeshRevision revision : AksMeshRevision.known()) {
      List<String> kubernetes = revision.kubernetesVersions();
      out.append("| ").append(revision.name())
          .append(" | ").append(revision.istioVersion())
          .append(" | ").append(kubernetes.get(0)).append("-")
          .append(kubernetes.get(kubernetes.size() - 1))
          .append(" | ").append(bundles(revision))
          .append(" | ").append(kinds(revision))
          .append(" | ").append(revision.aksRelease().map(Object::toString).orElse(""))
          .append(" | ").append(revision.endOfLife().map(Object::toString).orElse(""))
          .append(revision.endOfLifeExpected() ? " (expected)" : "")
          .append(" |\n");
    }
    out.append("\nSource: ").append(AksMeshRevision.SOURCE).append("; read ")
        .append(AksMeshRevision.READ_ON).append(". Bundles: MicrosoftDocs/azure-aks-docs "
            + "articles/aks/managed-gateway-api.md (commit 9c4bd64 of 2026-05-28). Kinds on a "
            + "cluster with a newer bundle: AksIstio.revision(R).kubernetes(V).\n");
    return out.toString();
  }

  /**
   * The kinds and apiVersions every bundle of the revision serves, then, per Kubernetes version
   * with more, what that version adds, e.g. {@code ...; on 1.36 also ReferenceGrant v1, TLSRoute
   * v1}.
   */
  private static String kinds(AksMeshRevision revision) {
    StringBuilder out = new StringBuilder(revision.kinds().stream().sorted()
        .map(k -> k + " " + String.join("/", revision.servedVersions(k)))
        .collect(Collectors.joining(", ")));
    for (String kubernetes : revision.gatewayApiBundles().keySet()) {
      AksMeshRevision on = revision.onKubernetes(kubernetes);
      String more = on.kinds().stream().sorted()
          .map(k -> k + " " + on.servedVersions(k).stream()
              .filter(v -> !revision.servedVersions(k).contains(v))
              .collect(Collectors.joining("/")))
          .filter(k -> !k.endsWith(" "))
          .collect(Collectors.joining(", "));
      if (!more.isEmpty()) {
        out.append("; on ").append(kubernetes).append(" also ").append(more);
      }
    }
    return out.toString();
  }

  /** E.g. {@code 1.30-1.33 v1.2.1, 1.34 v1.3.0, 1.35 v1.4.1}; before asm-1-26 self-installed. */
  private static String bundles(AksMeshRevision revision) {
    if (!revision.managedGatewayApi()) {
      return "self-installed (written for " + revision.target().release() + ")";
    }
    Map<GatewayApiTarget, List<String>> byBundle = new LinkedHashMap<>();
    revision.gatewayApiBundles().forEach((k, bundle) ->
        byBundle.computeIfAbsent(bundle, b -> new ArrayList<>()).add(k));
    return byBundle.entrySet().stream().map(e -> {
      List<String> versions = e.getValue();
      String range = versions.size() == 1 ? versions.get(0)
          : versions.get(0) + "-" + versions.get(versions.size() - 1);
      return range + " " + e.getKey().release();
    }).collect(Collectors.joining(", "));
  }
}
