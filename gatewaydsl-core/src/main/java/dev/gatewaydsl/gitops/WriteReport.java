package dev.gatewaydsl.gitops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ManifestDirectory#write} did, as paths relative to the directory, each list sorted.
 *
 * @param created files that did not exist
 * @param updated generated files whose bytes changed
 * @param unchanged files whose bytes were already right; not touched, so their modification time
 *     stays
 * @param deleted generated files no longer in the set (only with {@link WriteOptions#prune()})
 */
public record WriteReport(List<Path> created, List<Path> updated, List<Path> unchanged,
    List<Path> deleted) {

  /** Copies the lists, so a report never changes after it is made. */
  public WriteReport {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
  }

  /** Whether any file was created, updated or deleted. */
  public boolean changed() {
    return !created.isEmpty() || !updated.isEmpty() || !deleted.isEmpty();
  }

  /**
   * One line per file, {@code created}, {@code updated}, {@code unchanged} or {@code deleted}
   * followed by the path with {@code /} separators, in that order of groups.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    created.forEach(p -> lines.add("created " + slashed(p)));
    updated.forEach(p -> lines.add("updated " + slashed(p)));
    unchanged.forEach(p -> lines.add("unchanged " + slashed(p)));
    deleted.forEach(p -> lines.add("deleted " + slashed(p)));
    return lines;
  }

  /** {@code path} with {@code /} between its names, whatever the platform's separator. */
  static String slashed(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path name : path) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(name);
    }
    return out.toString();
  }
}
