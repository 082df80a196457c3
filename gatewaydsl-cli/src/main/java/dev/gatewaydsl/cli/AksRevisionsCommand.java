package dev.gatewaydsl.cli;

import dev.gatewaydsl.azure.AksReports;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code aks-revisions}: the AKS Istio add-on revision table; see {@link AksReports}. */
@Command(name = "aks-revisions", mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Prints the AKS Istio add-on revisions gatewaydsl knows, as a Markdown table: "
        + "Istio release, Kubernetes versions, the Gateway API bundle AKS installs per Kubernetes "
        + "version, kinds and apiVersions, release and end of life; then the source and the date "
        + "it was read.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:printed", "2:usage error"})
final class AksRevisionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AksReports.revisionTable());
    out.flush();
    return Main.OK;
  }
}
