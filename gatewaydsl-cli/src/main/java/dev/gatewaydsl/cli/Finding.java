package dev.gatewaydsl.cli;

import dev.gatewaydsl.analysis.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem {@link RepositoryCheck} found, with the place it is at: a diagnostic of the analysis,
 * or a file or document that could not be read (code {@link RepositoryCheck#INVALID}).
 *
 * @param file the file as named on the command line (or found below a directory named there), or
 *     {@link RepositoryCheck#STDIN} for standard input
 * @param line the line in {@code file} (from 1): of the field where it is known, else of the
 *     document; 0 if unknown (a file that cannot be read)
 * @param severity how bad it is
 * @param code the stable code, e.g. {@code ParentNotFound}
 * @param resource {@code Kind "namespace/name"} of the resource, if the problem is in one
 * @param path the field path in the resource, e.g. {@code spec.parentRefs[0]}; empty for the whole
 *     resource or none
 * @param message what is wrong
 */
public record Finding(String file, int line, Severity severity, String code,
    Optional<String> resource, String path, String message) {

  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE} ({@code FILE} when the line is unknown). */
  public String location() {
    return line > 0 ? file + ":" + line : file;
  }

  /**
   * The problem without its place, as kubectl-style text: {@code error ParentNotFound: HTTPRoute
   * "shop/web": spec.parentRefs[0]: Gateway "shop/nowhere" is not in the set}.
   */
  public String describe() {
    return severity.label() + " " + code + ": " + resource.map(r -> r + ": ").orElse("")
        + (path.isEmpty() ? "" : path + ": ") + message;
  }

  /** {@code FILE:LINE: } followed by {@link #describe()}. */
  @Override
  public String toString() {
    return location() + ": " + describe();
  }
}
