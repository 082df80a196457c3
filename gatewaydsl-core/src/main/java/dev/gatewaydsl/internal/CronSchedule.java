package dev.gatewaydsl.internal;

import dev.gatewaydsl.validation.Violation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CronJob's {@code schedule} as the API server reads it: the standard parser of the cron library
 * Kubernetes uses (robfig/cron v3 {@code ParseStandard}), with its error texts. Five fields
 * (minute, hour, day of month, month, day of week), each a list of {@code *}, {@code ?}, numbers,
 * names ({@code jan}, {@code mon}), ranges {@code a-b} and steps {@code /n}; or a descriptor
 * ({@code @hourly}, {@code @daily}, {@code @every 1h30m}...). Not API.
 */
public final class CronSchedule {
  private static final Map<String, Integer> MONTH_NAMES = Map.ofEntries(Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> DAY_NAMES = Map.of("sun", 0, "mon", 1, "tue", 2,
      "wed", 3, "thu", 4, "fri", 5, "sat", 6);
  private static final Set<String> DESCRIPTORS = Set.of("@yearly", "@annually", "@monthly",
      "@weekly", "@daily", "@midnight", "@hourly");
  private static final Set<String> DURATION_UNITS = Set.of("ns", "us", "\u00b5s", "\u03bcs",
      "ms", "s", "m", "h");

  /** The fields in order: their least and greatest values and names. */
  private static final List<Bounds> FIELDS = List.of(new Bounds(0, 59, Map.of()),
      new Bounds(0, 23, Map.of()), new Bounds(1, 31, Map.of()),
      new Bounds(1, 12, MONTH_NAMES), new Bounds(0, 6, DAY_NAMES));

  private record Bounds(long min, long max, Map<String, Integer> names) {}

  /** Thrown inside the parser with the library's message. */
  private static final class Problem extends Exception {
    Problem(String message) {
      super(message, null, false, false);
    }
  }

  private CronSchedule() {}

  /** Why the API server refuses {@code schedule} (its first problem), or empty if it reads it. */
  public static Optional<String> problem(String schedule) {
    try {
      parse(schedule);
      return Optional.empty();
    } catch (Problem problem) {
      return Optional.of(problem.getMessage());
    }
  }

  private static void parse(String schedule) throws Problem {
    String spec = schedule;
    if (spec.isEmpty()) {
      throw new Problem("empty spec string");
    }
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int space = spec.indexOf(' ');
      if (space < 0) {
        return; // the library fails on this; the API server's TZ rule reports it
      }
      String zone = spec.substring(spec.indexOf('=') + 1, space);
      if (!isZone(zone)) {
        throw new Problem("provided bad location " + zone + ": unknown time zone " + zone);
      }
      spec = spec.substring(space).trim();
    }
    if (spec.startsWith("@")) {
      descriptor(spec);
      return;
    }
    List<String> fields = fields(spec);
    if (fields.size() != FIELDS.size()) {
      throw new Problem("expected exactly 5 fields, found " + fields.size() + ": ["
          + String.join(" ", fields) + "]");
    }
    for (int i = 0; i < FIELDS.size(); i++) {
      for (String range : fields.get(i).split(",")) {
        if (!range.isEmpty()) {
          range(range, FIELDS.get(i));
        }
      }
    }
  }

  /** Whether Go's {@code time.LoadLocation} knows {@code zone}. */
  public static boolean isZone(String zone) {
    return zone.isEmpty() || zone.equals("UTC") || zone.equals("Local")
        || ZoneId.getAvailableZoneIds().contains(zone);
  }

  private static void descriptor(String spec) throws Problem {
    if (DESCRIPTORS.contains(spec)) {
      return;
    }
    if (spec.startsWith("@every ")) {
      String problem = durationProblem(spec.substring("@every ".length()));
      if (problem != null) {
        throw new Problem("failed to parse duration " + spec + ": " + problem);
      }
      return;
    }
    throw new Problem("unrecognized descriptor: " + spec);
  }

  /** Go's {@code strings.Fields}: split at runs of white space. */
  private static List<String> fields(String spec) {
    List<String> fields = new ArrayList<>();
    for (String field : spec.trim().split("\\s+")) {
      if (!field.isEmpty()) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** One range of a field: {@code *}, {@code n}, {@code a-b}, each with an optional {@code /step}. */
  private static void range(String expr, Bounds bounds) throws Problem {
    String[] rangeAndStep = expr.split("/", -1);
    String[] lowAndHigh = rangeAndStep[0].split("-", -1);
    long start;
    long end;
    if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
      start = bounds.min();
      end = bounds.max();
    } else {
      start = intOrName(lowAndHigh[0], bounds);
      if (lowAndHigh.length == 1) {
        end = start;
      } else if (lowAndHigh.length == 2) {
        end = intOrName(lowAndHigh[1], bounds);
      } else {
        throw new Problem("too many hyphens: " + expr);
      }
    }
    long step;
    if (rangeAndStep.length == 1) {
      step = 1;
    } else if (rangeAndStep.length == 2) {
      step = number(rangeAndStep[1]);
      if (lowAndHigh.length == 1) { // "n/step" runs from n to the end
        end = bounds.max();
      }
    } else {
      throw new Problem("too many slashes: " + expr);
    }
    if (start < bounds.min()) {
      throw new Problem("beginning of range (" + start + ") below minimum (" + bounds.min()
          + "): " + expr);
    }
    if (end > bounds.max()) {
      throw new Problem("end of range (" + end + ") above maximum (" + bounds.max() + "): "
          + expr);
    }
    if (start > end) {
      throw new Problem("beginning of range (" + start + ") beyond end of range (" + end + "): "
          + expr);
    }
    if (step == 0) {
      throw new Problem("step of range should be a positive number: " + expr);
    }
  }

  private static long intOrName(String expr, Bounds bounds) throws Problem {
    Integer named = bounds.names().get(expr.toLowerCase(Locale.ROOT));
    return named != null ? named : number(expr);
  }

  /** Go's {@code strconv.Atoi}, then not negative. */
  private static long number(String expr) throws Problem {
    String digits = expr.startsWith("+") || expr.startsWith("-") ? expr.substring(1) : expr;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Problem("failed to parse int from " + expr + ": strconv.Atoi: parsing "
          + goQuote(expr) + ": invalid syntax");
    }
    long value;
    try {
      value = Long.parseLong(expr.startsWith("+") ? digits : expr);
    } catch (NumberFormatException tooBig) {
      throw new Problem("failed to parse int from " + expr + ": strconv.Atoi: parsing "
          + goQuote(expr) + ": value out of range");
    }
    if (value < 0) {
      throw new Problem("negative number (" + value + ") not allowed: " + expr);
    }
    return value;
  }

  /**
   * Why Go's {@code time.ParseDuration} refuses {@code text}, or null: signed decimal numbers,
   * each with a unit ({@code ns us ms s m h}), e.g. {@code 1h30m}, {@code 1.5s}.
   */
  private static String durationProblem(String text) {
    String invalid = "time: invalid duration " + goQuote(text);
    String rest = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (rest.equals("0")) {
      return null;
    }
    if (rest.isEmpty()) {
      return invalid;
    }
    int i = 0;
    while (i < rest.length()) {
      char c = rest.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return invalid;
      }
      int digitsFrom = i;
      while (i < rest.length() && rest.charAt(i) >= '0' && rest.charAt(i) <= '9') {
        i++;
      }
      boolean before = i > digitsFrom;
      boolean after = false;
      if (i < rest.length() && rest.charAt(i) == '.') {
        i++;
        int fractionFrom = i;
        while (i < rest.length() && rest.charAt(i) >= '0' && rest.charAt(i) <= '9') {
          i++;
        }
        after = i > fractionFrom;
      }
      if (!before && !after) {
        return invalid;
      }
      int unitFrom = i;
      while (i < rest.length() && rest.charAt(i) != '.'
          && (rest.charAt(i) < '0' || rest.charAt(i) > '9')) {
        i++;
      }
      String unit = rest.substring(unitFrom, i);
      if (unit.isEmpty()) {
        return "time: missing unit in duration " + goQuote(text);
      }
      if (!DURATION_UNITS.contains(unit)) {
        return "time: unknown unit " + goQuote(unit) + " in duration " + goQuote(text);
      }
    }
    return null;
  }

  private static String goQuote(String text) {
    return Violation.quote(text);
  }
}
