package dev.gatewaydsl.gitops;

import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Keeps secret material out of GitOps directories unless {@link WriteOptions#secretData()}. */
final class SecretMaterial {
  private SecretMaterial() {}

  /**
   * Throws if a Secret in {@code resources} carries {@code data} or {@code stringData} and {@code
   * options} do not allow it, naming every such Secret and the ways out.
   */
  static void refuse(Collection<? extends KubernetesResource> resources, WriteOptions options) {
    if (options.secretData()) {
      return;
    }
    List<String> found = new ArrayList<>();
    for (KubernetesResource resource : resources) {
      if (resource instanceof Secret secret
          && (!secret.data().isEmpty() || !secret.stringData().isEmpty())) {
        TreeSet<String> keys = new TreeSet<>(secret.data().keySet());
        keys.addAll(secret.stringData().keySet());
        found.add(Diagnostic.describe(secret) + " (keys " + String.join(", ", keys) + ")");
      }
    }
    if (!found.isEmpty()) {
      throw new IllegalArgumentException("refusing to write secret material into a GitOps "
          + "directory: " + String.join(", ", found) + (found.size() == 1 ? " carries" : " carry")
          + " data; nothing was written. Leave "
          + "the Secret out and reference one created in the cluster (an external secrets "
          + "operator, sealed secrets, the Azure Key Vault provider for the Secrets Store CSI "
          + "driver), or allow it explicitly with WriteOptions.withSecretData(true)");
    }
  }
}
