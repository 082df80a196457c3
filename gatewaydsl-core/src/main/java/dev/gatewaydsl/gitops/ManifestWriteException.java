package dev.gatewaydsl.gitops;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link ManifestDirectory} write was refused or failed. The message is one line, names the
 * path and says why ({@code out/default is a symbolic link}, {@code Permission denied}, {@code
 * locked by pid 4242 since ...}); when the write was refused, nothing was written, and when an
 * operation failed, the directory was put back as it was first (problems doing so are attached as
 * suppressed exceptions). The failed operation's own exception, if any, is the cause.
 */
public final class ManifestWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  ManifestWriteException(Path path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /** The file or folder the write stopped at. */
  public Path path() {
    return path;
  }
}
