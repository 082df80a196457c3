package dev.gatewaydsl.istio;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests settings: never open a diff tool; a failing test names the received file. */
public class PackageSettings {
  public static ApprovalFailureReporter UseReporter = QuietReporter.INSTANCE;
}
