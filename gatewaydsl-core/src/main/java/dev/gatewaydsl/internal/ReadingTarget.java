package dev.gatewaydsl.internal;

import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.function.Supplier;

/**
 * The Gateway API target that resources being read from YAML are built for. The reader sets it
 * around one read; a resource built outside a read gets {@link GatewayApiTarget#V1_6_STANDARD}.
 * Not API.
 */
public final class ReadingTarget {
  private static final ThreadLocal<GatewayApiTarget> CURRENT = new ThreadLocal<>();

  private ReadingTarget() {}

  /** The target of the read under way on this thread, else the default. */
  public static GatewayApiTarget current() {
    GatewayApiTarget target = CURRENT.get();
    return target == null ? GatewayApiTarget.V1_6_STANDARD : target;
  }

  /** Runs {@code read} with {@code target} as the current target. */
  public static <T> T with(GatewayApiTarget target, Supplier<T> read) {
    GatewayApiTarget previous = CURRENT.get();
    CURRENT.set(target);
    try {
      return read.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
