package dev.gatewaydsl.analysis;

import java.util.Locale;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
  /** The objects will not work together as written: traffic is lost or refused. */
  ERROR,
  /** Probably a mistake, but the objects may work, e.g. with objects outside the set. */
  WARNING;

  /** {@code error} or {@code warning}, as printed. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
