package dev.gatewaydsl.model.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;

/** Reads a manifest as a user's YAML is read, and lists what the API server would say of it. */
final class WorkloadProblems {
  private WorkloadProblems() {}

  /** The only object of {@code yaml}, read and checked. */
  static KubernetesResource read(String yaml) {
    List<KubernetesResource> read = Manifests.fromYaml(yaml);
    assertThat(read).hasSize(1);
    return read.get(0);
  }

  /** Every problem reported for the object in {@code yaml}, each as {@code path: Reason: detail}. */
  static List<String> of(String yaml) {
    Throwable thrown = catchThrowable(() -> Manifests.fromYaml(yaml));
    assertThat(thrown).as("reading should fail").isNotNull();
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof InvalidResourceException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("the cause of " + thrown).isInstanceOf(InvalidResourceException.class);
    return ((InvalidResourceException) cause).violations().stream().map(Violation::toString)
        .toList();
  }
}
