package dev.gatewaydsl.cli;

import dev.gatewaydsl.azure.AksMeshRevision;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code aks-revisions}: the AKS Istio add-on revisions gatewaydsl knows. */
@Command(name = "aks-revisions", mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists the AKS Istio add-on revisions gatewaydsl knows: Istio release, the "
        + "Gateway API --target used for it, where Gateway settings go, and the end of life "
        + "(~ expected).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:listed", "2:usage error"})
final class AksRevisionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String format = "%-10s %-6s %-20s %-18s %s%n";
    out.printf(format, "REVISION", "ISTIO", "TARGET", "SETTINGS", "END OF LIFE");
    for (AksMeshRevision revision : AksMeshRevision.known()) {
      out.printf(format, revision.name(), revision.istioVersion(),
          Targets.name(revision.target()), revision.placement().name().toLowerCase(),
          revision.endOfLife().map(eol -> (revision.endOfLifeExpected() ? "~" : "") + eol)
              .orElse("-"));
    }
    out.flush();
    return Main.OK;
  }
}
