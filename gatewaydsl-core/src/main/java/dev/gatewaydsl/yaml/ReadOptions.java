package dev.gatewaydsl.yaml;

import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.Objects;

/**
 * How {@link Manifests#fromYaml(String, ReadOptions)} reads: the Gateway API installation the
 * resources are read for, and what becomes of a kind the library does not model. Immutable; start
 * from {@link #defaults()} and change it with the {@code with} methods.
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS =
      new ReadOptions(GatewayApiTarget.V1_6_STANDARD, false);

  private final GatewayApiTarget target;
  private final boolean strictKinds;

  private ReadOptions(GatewayApiTarget target, boolean strictKinds) {
    this.target = Objects.requireNonNull(target, "target");
    this.strictKinds = strictKinds;
  }

  /** Read for {@link GatewayApiTarget#V1_6_STANDARD}; kinds the library does not model are read. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The Gateway API installation Gateway API resources are read for: their apiVersions and fields
   * are checked against what it serves, and their {@code target()} is set. Default: {@link
   * GatewayApiTarget#V1_6_STANDARD}.
   */
  public GatewayApiTarget target() {
    return target;
  }

  /**
   * Whether a kind the library does not model is an error ({@code unknown kind "Certificate"
   * (apiVersion "cert-manager.io/v1"); known kinds: ...}). Default: {@code false}: such a
   * document is read as a {@link dev.gatewaydsl.model.GenericResource}, which keeps it whole and
   * validates only what every object has. A kind of the Gateway API group ({@code
   * gateway.networking.k8s.io}) that the library does not know is an error either way, since the
   * library models that group.
   */
  public boolean strictKinds() {
    return strictKinds;
  }

  /** A copy with {@link #target()} set to {@code target}. */
  public ReadOptions withTarget(GatewayApiTarget target) {
    return new ReadOptions(target, strictKinds);
  }

  /** A copy with {@link #strictKinds()} set to {@code strictKinds}. */
  public ReadOptions withStrictKinds(boolean strictKinds) {
    return new ReadOptions(target, strictKinds);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadOptions that && target.equals(that.target)
        && strictKinds == that.strictKinds;
  }

  @Override
  public int hashCode() {
    return target.hashCode() * 31 + Boolean.hashCode(strictKinds);
  }

  @Override
  public String toString() {
    return "ReadOptions{target=" + target + ", strictKinds=" + strictKinds + "}";
  }
}
