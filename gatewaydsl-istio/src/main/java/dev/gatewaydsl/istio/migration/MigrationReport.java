package dev.gatewaydsl.istio.migration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a conversion did not carry over, or carried over with a difference, one entry per field.
 *
 * @param entries the entries, in the order the conversion met them
 */
public record MigrationReport(List<Entry> entries) {

  /** Copies the entries. */
  public MigrationReport {
    entries = List.copyOf(entries);
  }

  /** What happened to a field. */
  public enum Kind {
    /** The field has no equivalent in the target; it is left out, and routing differs. */
    NOT_CONVERTED("not converted"),
    /** The field is converted, but the result differs in a way to be aware of. */
    CHANGED("changed"),
    /** Nothing uses the field, so nothing is made of it (an unused subset). */
    UNUSED("unused");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How the kind is printed, e.g. {@code not converted}. */
    public String label() {
      return label;
    }
  }

  /**
   * One entry.
   *
   * @param kind what happened
   * @param resource the Istio resource, {@code Kind namespace/name} ({@code Kind name} when it
   *     has no namespace)
   * @param field the field path in the resource, e.g. {@code spec.http[0].fault}
   * @param reason why, in one sentence
   */
  public record Entry(Kind kind, String resource, String field, String reason) {
    @Override
    public String toString() {
      return kind.label() + ": " + resource + " " + field + ": " + reason;
    }
  }

  /** The entries of kind {@code kind}. */
  public List<Entry> entries(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** Whether every field was converted as it was (no entry at all). */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** One line per entry. */
  @Override
  public String toString() {
    return entries.stream().map(Entry::toString).collect(Collectors.joining("\n",
        "", entries.isEmpty() ? "" : "\n"));
  }
}
