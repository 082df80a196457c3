package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.Protocol;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.validation.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Workloads and the Services in front of them. A Service's pods are those of every workload kind
 * ({@link ResourceSet#podTemplates()}): Deployments, StatefulSets, DaemonSets, Jobs and CronJobs.
 */
final class WorkloadSelectorRule implements AnalysisRule {

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (Deployment deployment : resources.ofType(Deployment.class)) {
      Map<String, String> labels = deployment.spec().template().metadata().labels();
      if (!deployment.spec().selector().matches(labels)) {
        report.accept(Diagnostic.of(DiagnosticCode.DEPLOYMENT_SELECTOR_MISMATCH, deployment,
            FieldPath.of("spec", "selector"), "does not select the pod template's labels "
                + new TreeMap<>(labels) + ", so the Deployment owns none of its pods"));
      }
    }
    for (Service service : resources.ofType(Service.class)) {
      checkService(service, resources, report);
    }
  }

  private static void checkService(Service service, ResourceSet resources,
      Consumer<Diagnostic> report) {
    Map<String, String> selector = service.spec().selector();
    if (selector.isEmpty() || service.spec().type().filter("ExternalName"::equals).isPresent()) {
      return; // endpoints managed by hand, or no pods at all
    }
    String namespace = service.metadata().namespace();
    List<PodTemplate> selected = resources.podTemplates(namespace,
        labels -> labels.entrySet().containsAll(selector.entrySet()));
    if (selected.isEmpty()) {
      report.accept(Diagnostic.of(DiagnosticCode.SERVICE_SELECTS_NO_DEPLOYMENT, service,
          FieldPath.of("spec", "selector"), "selects " + new TreeMap<>(selector)
              + ", which the pod template of no workload in namespace \"" + namespace
              + "\" carries"));
      return;
    }
    List<ContainerPort> declared = selected.stream()
        .flatMap(t -> t.spec().containers().stream())
        .flatMap(c -> c.ports().stream())
        .toList();
    String owners = selected.stream().map(t -> Diagnostic.describe(t.workload()))
        .collect(Collectors.joining(", "));
    List<ServicePort> ports = service.spec().ports();
    for (int i = 0; i < ports.size(); i++) {
      ServicePort port = ports.get(i);
      Protocol protocol = port.protocol().orElse(Protocol.TCP);
      IntOrString target = port.targetPort().orElse(IntOrString.of(port.port()));
      FieldPath at = FieldPath.of("spec", "ports").index(i)
          .child(port.targetPort().isPresent() ? "targetPort" : "port");
      List<ContainerPort> sameProtocol = declared.stream()
          .filter(c -> c.protocol().orElse(Protocol.TCP) == protocol).toList();
      if (!target.isInt()) {
        String name = target.stringValue();
        if (sameProtocol.stream().noneMatch(c -> c.name().filter(name::equals).isPresent())) {
          report.accept(Diagnostic.of(DiagnosticCode.TARGET_PORT_NOT_FOUND, service, at,
              "no container of " + owners + " has a " + protocol + " port named \"" + name
                  + "\"; named ports: " + listing(declared, true)));
        }
      } else if (sameProtocol.stream().noneMatch(c -> c.containerPort() == target.intValue())) {
        report.accept(Diagnostic.of(DiagnosticCode.TARGET_PORT_NOT_DECLARED, service, at,
            "no container of " + owners + " declares port " + target.intValue() + "/" + protocol
                + "; declared: " + listing(declared, false)));
      }
    }
  }

  private static String listing(List<ContainerPort> ports, boolean named) {
    String list = ports.stream()
        .filter(p -> !named || p.name().isPresent())
        .map(p -> (named ? "\"" + p.name().get() + "\" = " : "") + p.containerPort() + "/"
            + p.protocol().orElse(Protocol.TCP))
        .collect(Collectors.joining(", "));
    return list.isEmpty() ? "none" : list;
  }
}
