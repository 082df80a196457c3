package dev.gatewaydsl.analysis;

import dev.gatewaydsl.analysis.PodTemplate.ContainerAt;
import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Secret;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.EnvFromSource;
import dev.gatewaydsl.model.workload.EnvVar;
import dev.gatewaydsl.model.workload.EnvVarSource;
import dev.gatewaydsl.model.workload.Volume;
import dev.gatewaydsl.model.workload.VolumeProjection;
import dev.gatewaydsl.validation.FieldPath;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ConfigMaps and Secrets pod templates refer to, in volumes (also projected) and in
 * environment variables, that are not in the set. A reference marked {@code optional: true}, or
 * without a name, is not checked.
 */
final class ConfigReferenceRule implements AnalysisRule {

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (PodTemplate template : resources.podTemplates()) {
      Consumer<Reference> check = ref -> checkReference(template, ref, resources, report);
      List<Volume> volumes = template.spec().volumes();
      for (int i = 0; i < volumes.size(); i++) {
        volumeReferences(volumes.get(i), template.specPath().child("volumes").index(i), check);
      }
      for (ContainerAt container : template.containers()) {
        containerReferences(container.container(), container.path(), check);
      }
    }
  }

  /**
   * One reference to a ConfigMap or Secret.
   *
   * @param secret whether it names a Secret, not a ConfigMap
   * @param path the field holding the name, e.g. {@code ...volumes[0].configMap.name}
   * @param name the name, if set
   * @param optional {@code optional}, if set
   */
  private record Reference(boolean secret, FieldPath path, Optional<String> name,
      Optional<Boolean> optional) {}

  private static void volumeReferences(Volume volume, FieldPath at, Consumer<Reference> out) {
    volume.configMap().ifPresent(c -> out.accept(new Reference(false,
        at.child("configMap").child("name"), c.name(), c.optional())));
    volume.secret().ifPresent(s -> out.accept(new Reference(true,
        at.child("secret").child("secretName"), s.secretName(), s.optional())));
    volume.projected().ifPresent(projected -> {
      List<VolumeProjection> sources = projected.sources();
      for (int j = 0; j < sources.size(); j++) {
        FieldPath source = at.child("projected").child("sources").index(j);
        VolumeProjection projection = sources.get(j);
        projection.configMap().ifPresent(c -> out.accept(new Reference(false,
            source.child("configMap").child("name"), c.name(), c.optional())));
        projection.secret().ifPresent(s -> out.accept(new Reference(true,
            source.child("secret").child("name"), s.name(), s.optional())));
      }
    });
  }

  private static void containerReferences(Container container, FieldPath at,
      Consumer<Reference> out) {
    List<EnvFromSource> envFrom = container.envFrom();
    for (int i = 0; i < envFrom.size(); i++) {
      FieldPath source = at.child("envFrom").index(i);
      EnvFromSource from = envFrom.get(i);
      from.configMapRef().ifPresent(c -> out.accept(new Reference(false,
          source.child("configMapRef").child("name"), c.name(), c.optional())));
      from.secretRef().ifPresent(s -> out.accept(new Reference(true,
          source.child("secretRef").child("name"), s.name(), s.optional())));
    }
    List<EnvVar> env = container.env();
    for (int i = 0; i < env.size(); i++) {
      FieldPath valueFrom = at.child("env").index(i).child("valueFrom");
      Optional<EnvVarSource> source = env.get(i).valueFrom();
      source.flatMap(EnvVarSource::configMapKeyRef).ifPresent(c -> out.accept(new Reference(
          false, valueFrom.child("configMapKeyRef").child("name"), c.name(), c.optional())));
      source.flatMap(EnvVarSource::secretKeyRef).ifPresent(s -> out.accept(new Reference(
          true, valueFrom.child("secretKeyRef").child("name"), s.name(), s.optional())));
    }
  }

  private static void checkReference(PodTemplate template, Reference ref, ResourceSet resources,
      Consumer<Diagnostic> report) {
    if (ref.name().isEmpty() || ref.optional().orElse(false)) {
      return;
    }
    String namespace = template.namespace();
    String name = ref.name().get();
    Class<? extends KubernetesResource> type = ref.secret() ? Secret.class : ConfigMap.class;
    if (resources.find(type, namespace, name).isEmpty()) {
      String kind = ref.secret() ? "Secret" : "ConfigMap";
      report.accept(Diagnostic.of(
          ref.secret() ? DiagnosticCode.SECRET_NOT_FOUND : DiagnosticCode.CONFIG_MAP_NOT_FOUND,
          template.workload(), ref.path(), kind + " \""
              + Diagnostic.qualifiedName(namespace, name) + "\" is not in the set and the "
              + "reference is not optional, so the pods do not start until it exists"));
    }
  }
}
