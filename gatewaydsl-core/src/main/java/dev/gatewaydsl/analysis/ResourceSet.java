package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.kinds.Kinds;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The resources being analysed, with the look-ups rules need. An object that is not in the set is
 * taken not to exist. An empty namespace is a namespace of its own (the one the objects without
 * one are applied to). The lists of a type and the look-ups by name are indexed on first use, so
 * a rule that looks up every route's references takes time linear in the set.
 */
public final class ResourceSet {

  /** The label Kubernetes puts on every Namespace, holding its name. */
  public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private final List<KubernetesResource> resources;
  /** {@link #ofType} of each type asked for, made on first use. */
  private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
  /**
   * For each type {@link #find} was asked for, its resources sorted by namespace and name, equal
   * ones in the order given: an array, so that a large set's index costs one reference each.
   */
  private final Map<Class<?>, KubernetesResource[]> byName = new ConcurrentHashMap<>();

  /** {@link #podTemplates}, made on first use. */
  private volatile List<PodTemplate> podTemplates;

  private static final Comparator<KubernetesResource> BY_NAME =
      Comparator.comparing((KubernetesResource r) -> r.metadata().namespace())
          .thenComparing(r -> r.metadata().name());

  private ResourceSet(List<KubernetesResource> resources) {
    this.resources = resources;
  }

  /** The set of {@code resources}, in their order. */
  public static ResourceSet of(Collection<? extends KubernetesResource> resources) {
    resources.forEach(r -> Objects.requireNonNull(r, "resources must not contain null"));
    return new ResourceSet(List.copyOf(resources));
  }

  /** Every resource, in the order given. */
  public List<KubernetesResource> all() {
    return resources;
  }

  /** The resources that are a {@code type}, in the order given. */
  @SuppressWarnings("unchecked")
  public <T extends KubernetesResource> List<T> ofType(Class<T> type) {
    return (List<T>) byType.computeIfAbsent(type,
        t -> resources.stream().filter(type::isInstance).map(type::cast).toList());
  }

  /**
   * The pod template of every workload of the set ({@link PodTemplate#of}), in the order given:
   * Deployments, StatefulSets, DaemonSets, Jobs and CronJobs alike.
   */
  public List<PodTemplate> podTemplates() {
    List<PodTemplate> templates = podTemplates;
    if (templates == null) {
      templates = resources.stream().map(PodTemplate::of).flatMap(Optional::stream).toList();
      podTemplates = templates;
    }
    return templates;
  }

  /** The pod templates of the set in {@code namespace} whose labels {@code selects} accepts. */
  public List<PodTemplate> podTemplates(String namespace,
      Predicate<Map<String, String>> selects) {
    return podTemplates().stream()
        .filter(t -> t.namespace().equals(namespace) && selects.test(t.labels()))
        .toList();
  }

  /** The first {@code type} named {@code name} in {@code namespace}, if there is one. */
  public <T extends KubernetesResource> Optional<T> find(Class<T> type, String namespace,
      String name) {
    KubernetesResource[] sorted = byName.computeIfAbsent(type, t -> {
      KubernetesResource[] all = ofType(type).toArray(new KubernetesResource[0]);
      Arrays.sort(all, BY_NAME); // stable: the first given stays first
      return all;
    });
    int low = 0;
    int high = sorted.length;
    while (low < high) { // the first not before (namespace, name)
      int middle = (low + high) >>> 1;
      ObjectMeta at = sorted[middle].metadata();
      int order = at.namespace().compareTo(namespace);
      if ((order != 0 ? order : at.name().compareTo(name)) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    if (low < sorted.length && sorted[low].metadata().namespace().equals(namespace)
        && sorted[low].metadata().name().equals(name)) {
      return Optional.of(type.cast(sorted[low]));
    }
    return Optional.empty();
  }

  /**
   * The first resource of API group {@code group} (empty for the core group) and kind {@code
   * kind} named {@code name} in {@code namespace}, modelled or {@linkplain
   * dev.gatewaydsl.model.GenericResource generic}, if there is one.
   */
  public Optional<KubernetesResource> find(String group, String kind, String namespace,
      String name) {
    return resources.stream()
        .filter(r -> r.metadata().namespace().equals(namespace)
            && r.metadata().name().equals(name) && isA(r, group, kind))
        .findFirst();
  }

  /** Whether the set holds any resource of API group {@code group} and kind {@code kind}. */
  public boolean holdsKind(String group, String kind) {
    return resources.stream().anyMatch(r -> isA(r, group, kind));
  }

  private static boolean isA(KubernetesResource resource, String group, String kind) {
    return resource.kind().equals(kind) && Kinds.group(resource.apiVersion()).equals(group);
  }

  /**
   * The labels of the namespace {@code namespace}: those of its Namespace object if the set has
   * one, plus {@value #NAMESPACE_NAME_LABEL}, which Kubernetes sets on every namespace.
   */
  public Map<String, String> namespaceLabels(String namespace) {
    Map<String, String> labels = new TreeMap<>();
    find(Namespace.class, "", namespace).ifPresent(n -> labels.putAll(n.metadata().labels()));
    labels.put(NAMESPACE_NAME_LABEL, namespace);
    return labels;
  }
}
