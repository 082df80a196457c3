package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.CronJob;
import dev.gatewaydsl.model.workload.DaemonSet;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Job;
import dev.gatewaydsl.model.workload.PodSpec;
import dev.gatewaydsl.model.workload.PodTemplateSpec;
import dev.gatewaydsl.model.workload.StatefulSet;
import dev.gatewaydsl.validation.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pod template of a workload, wherever its kind keeps it: {@code spec.template} of a
 * Deployment, StatefulSet, DaemonSet or Job, {@code spec.jobTemplate.spec.template} of a CronJob.
 * The pods the workload makes carry the template's labels and run in the workload's namespace.
 * This is the one place that knows where each kind keeps its template; every rule that looks at
 * pods (Services, PodDisruptionBudgets, references to ConfigMaps and Secrets, the Pod Security
 * Standards) goes through it.
 *
 * @param workload the Deployment, StatefulSet, DaemonSet, Job or CronJob
 * @param path where the template is in {@code workload}, e.g. {@code spec.template}
 * @param template the template
 */
public record PodTemplate(KubernetesResource workload, FieldPath path, PodTemplateSpec template) {

  private static final FieldPath TEMPLATE = FieldPath.of("spec", "template");

  /** Checks that every component is set. */
  public PodTemplate {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(template, "template");
  }

  /**
   * The pod template of {@code resource}, if it is a workload kind that has one; empty for every
   * other kind, and for a CronJob whose {@code jobTemplate} has no {@code spec}.
   */
  public static Optional<PodTemplate> of(KubernetesResource resource) {
    if (resource instanceof Deployment d) {
      return Optional.of(new PodTemplate(d, TEMPLATE, d.spec().template()));
    }
    if (resource instanceof StatefulSet s) {
      return Optional.of(new PodTemplate(s, TEMPLATE, s.spec().template()));
    }
    if (resource instanceof DaemonSet d) {
      return Optional.of(new PodTemplate(d, TEMPLATE, d.spec().template()));
    }
    if (resource instanceof Job j) {
      return Optional.of(new PodTemplate(j, TEMPLATE, j.spec().template()));
    }
    if (resource instanceof CronJob c) {
      return c.spec().jobTemplate().spec().map(job -> new PodTemplate(c,
          FieldPath.of("spec", "jobTemplate", "spec", "template"), job.template()));
    }
    return Optional.empty();
  }

  /** The namespace of the workload, which its pods run in. */
  public String namespace() {
    return workload.metadata().namespace();
  }

  /** The labels every pod of the template carries. */
  public Map<String, String> labels() {
    return template.metadata().labels();
  }

  /** The pod spec. */
  public PodSpec spec() {
    return template.spec();
  }

  /** Where the pod spec is in the workload, e.g. {@code spec.template.spec}. */
  public FieldPath specPath() {
    return path.child("spec");
  }

  /** Every container of the pod spec with its path: init containers first, then containers. */
  public List<ContainerAt> containers() {
    return containers(spec(), specPath());
  }

  /**
   * Every container of {@code spec}, at {@code specPath}: {@code initContainers} first, then
   * {@code containers}. Ephemeral containers are not in templates (the API server refuses them
   * there), so there are none to visit.
   */
  static List<ContainerAt> containers(PodSpec spec, FieldPath specPath) {
    List<ContainerAt> all = new ArrayList<>();
    List<Container> init = spec.initContainers();
    for (int i = 0; i < init.size(); i++) {
      all.add(new ContainerAt(specPath.child("initContainers").index(i), init.get(i)));
    }
    List<Container> containers = spec.containers();
    for (int i = 0; i < containers.size(); i++) {
      all.add(new ContainerAt(specPath.child("containers").index(i), containers.get(i)));
    }
    return all;
  }

  /**
   * One container of a pod spec, with its path.
   *
   * @param path where it is, e.g. {@code spec.template.spec.initContainers[0]}
   * @param container the container
   */
  public record ContainerAt(FieldPath path, Container container) {}
}
