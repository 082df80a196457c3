package dev.gatewaydsl.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of a test run naming the tests skipped because the crd-check oracle
 * is absent (see {@link CrdCheck}), so a build without {@code ../shared} says what it did not
 * check. Registered with the JUnit Platform through {@code META-INF/services}.
 */
public final class OracleSkipReport implements TestExecutionListener {
  private final List<String> skipped = new ArrayList<>();
  private String reason;

  @Override
  public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      result.getThrowable().map(Throwable::getMessage)
          .filter(message -> message.contains(CrdCheck.SKIP_REASON))
          .ifPresent(message -> {
            reason = message.substring(message.indexOf(CrdCheck.SKIP_REASON));
            skipped.add(test.getSource().filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(m -> simpleName(m.getClassName()) + "." + m.getMethodName())
                .orElse(test.getDisplayName()));
          });
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan plan) {
    if (!skipped.isEmpty()) {
      System.out.println("[oracle] " + reason + ": skipped " + skipped.size() + " tests that "
          + "call it: " + String.join(", ", skipped));
      skipped.clear();
    }
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
