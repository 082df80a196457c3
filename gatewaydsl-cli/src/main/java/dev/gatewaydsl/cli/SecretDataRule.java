package dev.gatewaydsl.cli;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.ResourceSet;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.model.Secret;
import dev.gatewaydsl.validation.FieldPath;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Warns about every Secret that carries {@code data} or {@code stringData}: in a repository,
 * whoever can read the repository can read the secret. Code {@value #CODE}, a warning.
 */
public final class SecretDataRule implements AnalysisRule {
  /** The diagnostic code. */
  public static final String CODE = "SecretData";

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (Secret secret : resources.ofType(Secret.class)) {
      if (secret.data().isEmpty() && secret.stringData().isEmpty()) {
        continue;
      }
      TreeSet<String> keys = new TreeSet<>(secret.data().keySet());
      keys.addAll(secret.stringData().keySet());
      FieldPath at = FieldPath.of(secret.data().isEmpty() ? "stringData" : "data");
      report.accept(new Diagnostic(CODE, Severity.WARNING, secret, at, "secret material (keys "
          + String.join(", ", keys) + ") in the repository, readable by everyone who can read "
          + "it: create the Secret in the cluster instead (an external secrets operator, sealed "
          + "secrets, the Azure Key Vault provider for the Secrets Store CSI driver)"));
    }
  }
}
