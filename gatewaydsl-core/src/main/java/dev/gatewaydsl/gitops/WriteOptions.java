package dev.gatewaydsl.gitops;

/**
 * How {@link ManifestDirectory#write} writes a directory. Immutable; start from {@link
 * #defaults()} and change it with the {@code with} methods.
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new WriteOptions(false, true, false);

  private final boolean prune;
  private final boolean kustomization;
  private final boolean secretData;

  private WriteOptions(boolean prune, boolean kustomization, boolean secretData) {
    this.prune = prune;
    this.kustomization = kustomization;
    this.secretData = secretData;
  }

  /** No pruning; a {@code kustomization.yaml} is written; no Secret with data is written. */
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

  /**
   * Whether a {@code Secret} carrying {@code data} or {@code stringData} may be written. Default:
   * {@code false}: such a set is refused and nothing is written, since whatever lands in a GitOps
   * repository is readable by everyone who can read the repository. Keep the Secret out of the set
   * and let it be created in the cluster instead (an external secrets operator, sealed secrets, the
   * Azure Key Vault provider for the Secrets Store CSI driver), or allow it here knowingly.
   */
  public boolean secretData() {
    return secretData;
  }

  /** A copy with {@link #prune()} set to {@code prune}. */
  public WriteOptions withPrune(boolean prune) {
    return new WriteOptions(prune, kustomization, secretData);
  }

  /** A copy with {@link #kustomization()} set to {@code kustomization}. */
  public WriteOptions withKustomization(boolean kustomization) {
    return new WriteOptions(prune, kustomization, secretData);
  }

  /** A copy with {@link #secretData()} set to {@code secretData}. */
  public WriteOptions withSecretData(boolean secretData) {
    return new WriteOptions(prune, kustomization, secretData);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WriteOptions that
        && prune == that.prune && kustomization == that.kustomization
        && secretData == that.secretData;
  }

  @Override
  public int hashCode() {
    return (Boolean.hashCode(prune) * 31 + Boolean.hashCode(kustomization)) * 31
        + Boolean.hashCode(secretData);
  }

  @Override
  public String toString() {
    return "WriteOptions{prune=" + prune + ", kustomization=" + kustomization + ", secretData="
        + secretData + "}";
  }
}
