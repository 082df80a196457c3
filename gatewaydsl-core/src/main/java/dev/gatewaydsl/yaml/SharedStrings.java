package dev.gatewaydsl.yaml;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each short string recently read from a stream, so that the many resources of a
 * large stream share their repeated names, namespaces, groups and label values instead of each
 * holding a copy. Holds at most {@link #MAX_ENTRIES} strings, forgetting them all when full.
 * One per stream read; not thread-safe.
 */
final class SharedStrings {
  static final int MAX_ENTRIES = 4096;
  /** Longer strings (a certificate, a script) are rarely repeated: they are left alone. */
  static final int MAX_LENGTH = 253;

  private final Map<String, String> seen = new HashMap<>();

  /** {@code text}, or an equal string met before. */
  String share(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    String known = seen.putIfAbsent(text, text);
    if (known != null) {
      return known;
    }
    if (seen.size() > MAX_ENTRIES) {
      seen.clear();
    }
    return text;
  }
}
