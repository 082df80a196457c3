package dev.gatewaydsl.maven;

import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.cli.Finding;
import dev.gatewaydsl.cli.RepositoryCheck;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates and analyses the manifests in {@link #directory} (every {@code *.yaml} and {@code
 * *.yml} below it except {@code kustomization.yaml}) as {@code gatewaydsl check} does, logs each
 * finding as {@code FILE:LINE: <severity> <code>: <Kind> "<ns>/<name>": <field>: <message>}, and
 * fails the build if any is an error. Warnings (e.g. a Secret carrying data) do not fail it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** The directory of manifests, e.g. the GitOps directory {@code generate} writes. */
  @Parameter(property = "gatewaydsl.directory", defaultValue = "${project.basedir}/gitops")
  File directory;

  /** The Gateway API installation to read for: {@code v1.6.1/standard} and so on. */
  @Parameter(property = "gatewaydsl.target")
  String target;

  /** An AKS Istio add-on revision (e.g. {@code asm-1-30}) whose rules apply too. */
  @Parameter(property = "gatewaydsl.aks")
  String aks;

  /** Skips the goal. */
  @Parameter(property = "gatewaydsl.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("gatewaydsl check skipped");
      return;
    }
    if (!directory.isDirectory()) {
      throw new MojoExecutionException("no directory " + directory);
    }
    Optional<AksMeshRevision> revision;
    try {
      revision = Optional.ofNullable(aks).map(AksMeshRevision::of);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("aks: " + e.getMessage(), e);
    }
    GatewayApiTarget readFor = target != null ? Targets.parse(target)
        : revision.map(AksMeshRevision::target).orElse(GatewayApiTarget.V1_6_STANDARD);
    List<Finding> findings;
    try {
      List<RepositoryCheck.Input> inputs = RepositoryCheck.yamlFiles(List.of(directory.toPath()))
          .stream().map(RepositoryCheck.Input::file).toList();
      findings = new RepositoryCheck(readFor, revision).run(inputs);
      getLog().info("gatewaydsl check: " + inputs.size() + " file(s) in " + directory
          + " read for Gateway API " + Targets.name(readFor));
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        getLog().error(finding.toString());
      } else {
        getLog().warn(finding.toString());
      }
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (errors > 0) {
      throw new MojoFailureException("gatewaydsl check: " + errors + " error(s) in " + directory
          + "; first: " + findings.stream().filter(f -> f.severity() == Severity.ERROR)
              .findFirst().orElseThrow());
    }
  }
}
