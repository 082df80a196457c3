package dev.gatewaydsl.yaml;

/**
 * How {@link ManifestDirectory#write} writes a directory. Immutable; start from {@link
 * #defaults()} and change it with the {@code with} methods.
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new WriteOptions(false, true);

  private final boolean prune;
  private final boolean kustomization;

  private WriteOptions(boolean prune, boolean kustomization) {
    this.prune = prune;
    this.kustomization = kustomization;
  }

  /** No pruning; a {@code kustomization.yaml} is written. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether generated files (those starting with {@link ManifestDirectory#HEADER}) that are not in
   * the set are deleted: on the paths the writer produces for the set's namespaces and kinds, and
   * those the previous {@code kustomization.yaml} lists (see {@link ManifestDirectory}). A file
   * without the header, or on any other path, is never deleted. Default: {@code false}.
   */
  public boolean prune() {
    return prune;
  }

  /** Whether a {@code kustomization.yaml} listing every file is written. Default: {@code true}. */
  public boolean kustomization() {
    return kustomization;
  }

  /** A copy with {@link #prune()} set to {@code prune}. */
  public WriteOptions withPrune(boolean prune) {
    return new WriteOptions(prune, kustomization);
  }

  /** A copy with {@link #kustomization()} set to {@code kustomization}. */
  public WriteOptions withKustomization(boolean kustomization) {
    return new WriteOptions(prune, kustomization);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WriteOptions that
        && prune == that.prune && kustomization == that.kustomization;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(prune) * 31 + Boolean.hashCode(kustomization);
  }

  @Override
  public String toString() {
    return "WriteOptions{prune=" + prune + ", kustomization=" + kustomization + "}";
  }
}
