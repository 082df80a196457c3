package dev.gatewaydsl.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema of one kind in one version as one target serves it: its field paths under {@code
 * spec} ({@code spec.rules[].matches[].path.value}; a path ending in {@code {}} is a map with
 * free keys) and the {@link Facts} of each.
 */
public final class Schema {
  /** The schema of a kind the target does not serve: no field, no fact. */
  static final Schema NONE = new Schema(Map.of());

  private final Map<String, Facts> facts;
  private final Map<String, List<String>> requiredFields = new HashMap<>();

  Schema(Map<String, Facts> facts) {
    this.facts = facts;
    facts.forEach((path, f) -> {
      if (f.required()) {
        int dot = path.lastIndexOf('.');
        requiredFields.computeIfAbsent(path.substring(0, dot), k -> new ArrayList<>())
            .add(path.substring(dot + 1));
      }
    });
    if (requiredFields.values().stream().anyMatch(names -> names.size() > Long.SIZE)) {
      throw new IllegalStateException("more required fields than the walk can track");
    }
  }

  /** The field paths, e.g. {@code spec.rules[].name}, and {@code path{}} for free-form maps. */
  public Set<String> fields() {
    return facts.keySet();
  }

  /** Whether {@code path} is a field (or {@code path{}} a free-form map) of this schema. */
  public boolean serves(String path) {
    return facts.containsKey(path);
  }

  /** The facts of {@code path}; no fact if the path is not a field. */
  public Facts facts(String path) {
    return facts.getOrDefault(path, Facts.NONE);
  }

  /** The facts of {@code path}, or null if the path is not a field. */
  Facts factsOrNull(String path) {
    return facts.get(path);
  }

  /** The names of the fields the object at {@code path} must have, in schema order; or null. */
  List<String> requiredFields(String path) {
    return requiredFields.get(path);
  }
}
