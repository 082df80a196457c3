package dev.gatewaydsl.yaml;

/**
 * One instance of each short string recently read from a stream, so that the many resources of a
 * large stream share their repeated names, namespaces, groups and label values instead of each
 * holding a copy. A direct-mapped cache of {@link #SLOTS} strings: a string takes the slot of its
 * hash, replacing what was there, so it costs one hash and one comparison and never grows. One per
 * stream read; not thread-safe.
 */
final class SharedStrings {
  static final int SLOTS = 4096;
  /** Longer strings (a certificate, a script) are rarely repeated: they are left alone. */
  static final int MAX_LENGTH = 253;

  private final String[] slots = new String[SLOTS];

  /** {@code text}, or an equal string met before. */
  String share(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String known = slots[slot];
    if (text.equals(known)) {
      return known;
    }
    slots[slot] = text;
    return text;
  }
}
