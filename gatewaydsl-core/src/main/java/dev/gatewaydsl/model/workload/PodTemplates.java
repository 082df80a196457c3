package dev.gatewaydsl.model.workload;

import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API server's rules for a pod template, in one place for every kind that has one:
 * Deployment, StatefulSet, DaemonSet, Job and CronJob (core/v1 {@code ValidatePodSpec} and
 * {@code validateContainers}, apps/v1 {@code ValidatePodTemplateSpecForReplicaSet}, batch/v1
 * {@code validateJobSpec}). Not API.
 */
final class PodTemplates {
  /** The restart policies a pod may have. */
  static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
  /** A container's own resources without a domain prefix (core/v1 standard container resources). */
  private static final Set<String> CONTAINER_RESOURCES = Set.of("cpu", "memory",
      "ephemeral-storage");
  /** Every resource name without a domain prefix that core/v1 knows (its standard resources). */
  private static final Set<String> STANDARD_RESOURCES = Set.of("cpu", "memory",
      "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
      "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "services",
      "replicationcontrollers", "resourcequotas", "secrets", "persistentvolumeclaims",
      "requests.storage", "configmaps", "services.nodeports", "services.loadbalancers");

  private PodTemplates() {}

  /**
   * The selector of an apps/v1 workload: valid, not empty ({@code empty selector is invalid for
   * deployment}) and selecting the template's labels; {@code kind} is the kind in lower case.
   */
  static void selector(LabelSelector selector, String kind, PodTemplateSpec template,
      FieldPath spec, Violations violations) {
    FieldPath at = spec.child("selector");
    selector.validate(at, violations);
    if (selector.matchLabels().isEmpty() && selector.matchExpressions().isEmpty()) {
      violations.invalid(at, shown(selector), "empty selector is invalid for " + kind);
    } else {
      selects(selector, template, spec.child("template"), violations);
    }
  }

  /**
   * A selector as the API server shows it (Go's {@code %#v} of a {@code metav1.LabelSelector}),
   * e.g. {@code v1.LabelSelector{MatchLabels:map[string]string{"app":"web"},
   * MatchExpressions:[]v1.LabelSelectorRequirement(nil)}}.
   */
  static Object shown(LabelSelector selector) {
    StringBuilder out = new StringBuilder("v1.LabelSelector{MatchLabels:")
        .append(Violation.labels(selector.matchLabels())).append(", MatchExpressions:");
    if (selector.matchExpressions().isEmpty()) {
      out.append("[]v1.LabelSelectorRequirement(nil)");
    } else {
      out.append("[]v1.LabelSelectorRequirement{").append(selector.matchExpressions().stream()
          .map(e -> "v1.LabelSelectorRequirement{Key:" + Violation.quote(e.key())
              + ", Operator:" + Violation.quote(e.operator()) + ", Values:"
              + (e.values().isEmpty() ? "[]string(nil)" : e.values().stream()
                  .map(Violation::quote).collect(Collectors.joining(", ", "[]string{", "}")))
              + "}")
          .collect(Collectors.joining(", "))).append('}');
    }
    return Violation.unquoted(out.append('}').toString());
  }

  /** The pods of {@code template} carry labels {@code selector} selects. */
  static void selects(LabelSelector selector, PodTemplateSpec template, FieldPath templatePath,
      Violations violations) {
    if (!selector.matches(template.metadata().labels())) {
      violations.invalid(templatePath.child("metadata").child("labels"),
          Violation.labels(template.metadata().labels()),
          "`selector` does not match template `labels`");
    }
  }

  /**
   * A controller that keeps its pods running ({@code what} is how the API server names it, e.g.
   * {@code ReplicaSet} for a Deployment): restart policy {@code Always}, no deadline.
   */
  static void keptRunning(PodTemplateSpec template, String what, FieldPath templatePath,
      Violations violations) {
    FieldPath pod = templatePath.child("spec");
    template.spec().restartPolicy().filter(p -> !p.equals("Always")).ifPresent(p ->
        violations.notSupported(pod.child("restartPolicy"), p, List.of("Always")));
    if (template.spec().activeDeadlineSeconds().isPresent()) {
      violations.forbidden(pod.child("activeDeadlineSeconds"),
          "activeDeadlineSeconds in " + what + " is not Supported");
    }
  }

  /**
   * What a Job's spec and a CronJob's job template have in common (batch/v1 {@code
   * validateJobSpec}): counts not negative, and pods that end: restart policy {@code OnFailure} or
   * {@code Never}, which must be set, as the default {@code Always} is refused.
   */
  static void job(JobSpec job, FieldPath path, Violations violations) {
    nonNegative(job.parallelism(), path.child("parallelism"), violations);
    nonNegative(job.completions(), path.child("completions"), violations);
    nonNegative(job.activeDeadlineSeconds(), path.child("activeDeadlineSeconds"), violations);
    nonNegative(job.backoffLimit(), path.child("backoffLimit"), violations);
    nonNegative(job.ttlSecondsAfterFinished(), path.child("ttlSecondsAfterFinished"),
        violations);
    FieldPath template = path.child("template");
    template(job.template(), Set.of(), template, violations);
    FieldPath restartPolicy = template.child("spec").child("restartPolicy");
    String policy = job.template().spec().restartPolicy().orElse("");
    if (policy.isEmpty() || policy.equals("Always")) {
      violations.required(restartPolicy, "valid values: \"OnFailure\", \"Never\"");
    } else if (!policy.equals("OnFailure") && !policy.equals("Never")) {
      violations.notSupported(restartPolicy, policy, List.of("OnFailure", "Never"));
    }
  }

  /** {@code value}, if set, is 0 or more. */
  static void nonNegative(Optional<? extends Number> value, FieldPath path,
      Violations violations) {
    value.filter(v -> v.longValue() < 0).ifPresent(v ->
        violations.invalid(path, v, "must be greater than or equal to 0"));
  }

  /**
   * A template's metadata and pod; a volume mount may also name one of {@code claimTemplates}
   * (a StatefulSet's volume claim templates).
   */
  static void template(PodTemplateSpec template, Collection<String> claimTemplates,
      FieldPath path, Violations violations) {
    template.metadata().validate(path.child("metadata"), violations);
    pod(template.spec(), claimTemplates, path.child("spec"), violations);
  }

  /** A pod: volumes, containers, init containers, restart policy, service account. */
  static void pod(PodSpec pod, Collection<String> claimTemplates, FieldPath path,
      Violations violations) {
    Set<String> volumes = new HashSet<>(claimTemplates);
    FieldPath volumesPath = path.child("volumes");
    for (int i = 0; i < pod.volumes().size(); i++) {
      String name = pod.volumes().get(i).name();
      FieldPath at = volumesPath.index(i).child("name");
      if (name.isEmpty()) {
        violations.required(at, "");
      } else {
        Syntax.dns1123Label(name, at, violations);
      }
      if (!volumes.add(name)) {
        violations.duplicate(at, name);
      }
    }
    FieldPath containersPath = path.child("containers");
    if (pod.containers().isEmpty()) {
      violations.required(containersPath, "");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < pod.containers().size(); i++) {
      Container container = pod.containers().get(i);
      FieldPath at = containersPath.index(i);
      container.validate(at, violations);
      volumeMounts(container, volumes, at.child("volumeMounts"), violations);
      if (!names.add(container.name())) {
        violations.duplicate(at.child("name"), container.name());
      }
    }
    FieldPath initPath = path.child("initContainers");
    for (int i = 0; i < pod.initContainers().size(); i++) {
      Container container = pod.initContainers().get(i);
      FieldPath at = initPath.index(i);
      common(container, at, violations);
      volumeMounts(container, volumes, at.child("volumeMounts"), violations);
      if (container.restartPolicy().filter("Always"::equals).isPresent()) {
        probes(container, at, violations); // a sidecar
      } else {
        for (Map.Entry<String, Optional<?>> field : List.<Map.Entry<String, Optional<?>>>of(
            Map.entry("lifecycle", container.lifecycle()),
            Map.entry("livenessProbe", container.livenessProbe()),
            Map.entry("readinessProbe", container.readinessProbe()),
            Map.entry("startupProbe", container.startupProbe()))) {
          if (field.getValue().isPresent()) {
            violations.forbidden(at.child(field.getKey()),
                "may not be set for init containers without restartPolicy=Always");
          }
        }
      }
      if (names.contains(container.name())) {
        violations.duplicate(at.child("name"), container.name());
      } else if (!container.name().isEmpty()) {
        names.add(container.name());
      }
    }
    pod.restartPolicy().filter(p -> !RESTART_POLICIES.contains(p)).ifPresent(p ->
        violations.notSupported(path.child("restartPolicy"), p, RESTART_POLICIES));
    pod.serviceAccountName().filter(n -> !n.isEmpty()).ifPresent(n ->
        Syntax.dns1123Subdomain(n, path.child("serviceAccountName"), violations));
  }

  /** What every container must be: name, image, ports, environment, resources. */
  static void common(Container container, FieldPath path, Violations violations) {
    if (container.name().isEmpty()) {
      violations.required(path.child("name"), "");
    } else {
      Syntax.dns1123Label(container.name(), path.child("name"), violations);
    }
    if (container.image().orElse("").isBlank()) {
      violations.required(path.child("image"), "");
    }
    Set<String> portNames = new HashSet<>();
    for (int i = 0; i < container.ports().size(); i++) {
      ContainerPort port = container.ports().get(i);
      FieldPath at = path.child("ports").index(i);
      port.validate(at, violations);
      // as the API server: a valid name used twice in one container is a duplicate
      port.name().filter(n -> !n.isEmpty() && isValidPortName(n) && !portNames.add(n))
          .ifPresent(n -> violations.duplicate(at.child("name"), n));
    }
    for (int i = 0; i < container.env().size(); i++) {
      container.env().get(i).validate(path.child("env").index(i), violations);
    }
    container.resources().ifPresent(r -> resources(r, path.child("resources"), violations));
  }

  /**
   * Container resources (core/v1 {@code ValidateResourceRequirements}): known names, amounts not
   * negative, a request at most its limit; an extended resource or huge pages, which cannot be
   * overcommitted, requested exactly at its limit.
   */
  private static void resources(ResourceRequirements resources, FieldPath path,
      Violations violations) {
    FieldPath limits = path.child("limits");
    FieldPath requests = path.child("requests");
    resources.limits().forEach((name, amount) -> {
      resourceName(name, limits.key(name), violations);
      nonNegative(amount, limits.key(name), violations);
    });
    resources.requests().forEach((name, amount) -> {
      resourceName(name, requests.key(name), violations);
      nonNegative(amount, requests.key(name), violations);
      Quantity limit = resources.limits().get(name);
      boolean overcommit = name.indexOf('/') < 0 ? !name.startsWith("hugepages-")
          : name.contains("kubernetes.io/");
      if (limit == null) {
        if (!overcommit) {
          violations.required(limits, "Limit must be set for non overcommitable resources");
        }
        return;
      }
      int order = amount.amount().compareTo(limit.amount());
      if (order != 0 && !overcommit) {
        violations.invalid(requests, shown(amount),
            "must be equal to " + name + " limit of " + shown(limit));
      } else if (order > 0) {
        violations.invalid(requests, shown(amount),
            "must be less than or equal to " + name + " limit of " + shown(limit));
      }
    });
  }

  private static void nonNegative(Quantity amount, FieldPath path, Violations violations) {
    if (amount.amount().signum() < 0) {
      violations.invalid(path, shown(amount), "must be greater than or equal to 0");
    }
  }

  /** A quantity as the API server writes it back, e.g. {@code 0.5} as {@code 500m}. */
  private static String shown(Quantity amount) {
    return amount.canonical().orElse(amount.toString());
  }

  /**
   * The probes of a container that runs as long as the pod: each has exactly one handler; a
   * liveness or startup probe's {@code successThreshold} must be 1.
   */
  static void probes(Container container, FieldPath path, Violations violations) {
    container.livenessProbe().ifPresent(p -> {
      p.validate(path.child("livenessProbe"), violations);
      mustSucceedOnce(p, path.child("livenessProbe"), violations);
    });
    container.readinessProbe().ifPresent(p -> p.validate(path.child("readinessProbe"),
        violations));
    container.startupProbe().ifPresent(p -> {
      p.validate(path.child("startupProbe"), violations);
      mustSucceedOnce(p, path.child("startupProbe"), violations);
    });
  }

  private static void mustSucceedOnce(Probe probe, FieldPath path, Violations violations) {
    probe.successThreshold().filter(t -> t != 1).ifPresent(t ->
        violations.invalid(path.child("successThreshold"), t, "must be 1"));
  }

  /** Each mount names a volume of the pod, at a path of its own. */
  private static void volumeMounts(Container container, Set<String> volumes, FieldPath path,
      Violations violations) {
    Set<String> mountPaths = new HashSet<>();
    for (int i = 0; i < container.volumeMounts().size(); i++) {
      VolumeMount mount = container.volumeMounts().get(i);
      FieldPath at = path.index(i);
      if (mount.name().isEmpty()) {
        violations.required(at.child("name"), "");
      }
      if (!volumes.contains(mount.name())) {
        violations.notFound(at.child("name"), mount.name());
      }
      if (mount.mountPath().isEmpty()) {
        violations.required(at.child("mountPath"), "");
      }
      if (!mountPaths.add(mount.mountPath())) {
        violations.invalid(at.child("mountPath"), mount.mountPath(), "must be unique");
      }
    }
  }

  /**
   * A container's resource name: a qualified name; without a prefix one of the container
   * resources ({@code cpu}, {@code memory}, {@code ephemeral-storage}, {@code hugepages-*});
   * with one, a native ({@code kubernetes.io/}) or extended resource such as {@code
   * nvidia.com/gpu}.
   */
  static void resourceName(String name, FieldPath path, Violations violations) {
    Violations syntax = Violations.of("", "");
    Syntax.qualifiedName(name, path, syntax);
    if (!syntax.isEmpty()) {
      // a resource name is a Go type with a String method: shown unquoted
      syntax.list().forEach(v -> violations.add(
          new Violation(v.type(), v.path(), Violation.unquoted(name), v.detail())));
      return;
    }
    if (name.indexOf('/') < 0) {
      if (!STANDARD_RESOURCES.contains(name) && !name.startsWith("hugepages-")
          && !name.startsWith("requests.hugepages-")) {
        violations.invalid(path, Violation.unquoted(name),
            "must be a standard resource type or fully qualified");
      } else if (!CONTAINER_RESOURCES.contains(name) && !name.startsWith("hugepages-")) {
        violations.invalid(path, Violation.unquoted(name),
            "must be a standard resource for containers");
      }
    } else if (!name.contains("kubernetes.io/") && !isExtendedResourceName(name)) {
      violations.invalid(path, Violation.unquoted(name),
          "doesn't follow extended resource name standard");
    }
  }

  /** An extended resource: not prefixed {@code requests.}, and qualified once so prefixed. */
  private static boolean isExtendedResourceName(String name) {
    if (name.startsWith("requests.")) {
      return false;
    }
    Violations quota = Violations.of("", "");
    Syntax.qualifiedName("requests." + name, FieldPath.root(), quota);
    return quota.isEmpty();
  }

  private static boolean isValidPortName(String name) {
    Violations problems = Violations.of("", "");
    Syntax.portName(name, FieldPath.root(), problems);
    return problems.isEmpty();
  }
}
