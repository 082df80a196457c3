package dev.gatewaydsl.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the OpenAPI schema of a CRD states about one field path: whether it is required in its
 * object, the bounds of its length, items, number or properties ({@code -1} or {@code null} when
 * unbounded), its format, pattern and enum.
 *
 * @param required whether the enclosing object must have the field (and the CRD gives no default)
 * @param minLength the fewest characters, or -1
 * @param maxLength the most characters, or -1
 * @param minItems the fewest list items, or -1
 * @param maxItems the most list items, or -1
 * @param minimum the smallest number, or null
 * @param maximum the largest number, or null
 * @param maxProperties the most map entries, or -1
 * @param format the format, e.g. {@code int32}, or null
 * @param pattern the pattern a string must match, or null
 * @param supported the values an enum allows, or null
 */
public record Facts(boolean required, int minLength, int maxLength, int minItems, int maxItems,
    Long minimum, Long maximum, int maxProperties, String format, Pattern pattern,
    List<String> supported) {

  /** No fact at all. */
  static final Facts NONE = new Facts(false, -1, -1, -1, -1, null, null, -1, null, null, null);

  /**
   * Reads the catalog's notation: {@code R} required, {@code L}, {@code I}, {@code N} and {@code
   * P} with {@code min:max}, {@code F} format, {@code ~id} pattern and {@code =id} enum, where
   * {@code shared} holds the texts by id.
   */
  static Facts parse(String[] tokens, int from, List<Object> shared) {
    boolean required = false;
    int minLength = -1;
    int maxLength = -1;
    int minItems = -1;
    int maxItems = -1;
    Long minimum = null;
    Long maximum = null;
    int maxProperties = -1;
    String format = null;
    Pattern pattern = null;
    List<String> supported = null;
    for (int i = from; i < tokens.length; i++) {
      String token = tokens[i];
      char letter = token.charAt(0);
      String rest = token.substring(1);
      int colon = rest.indexOf(':');
      Long min = colon > 0 ? Long.valueOf(rest.substring(0, colon)) : null;
      Long max = colon >= 0 && colon < rest.length() - 1
          ? Long.valueOf(rest.substring(colon + 1)) : null;
      switch (letter) {
        case 'R' -> required = true;
        case 'L' -> {
          minLength = bound(min);
          maxLength = bound(max);
        }
        case 'I' -> {
          minItems = bound(min);
          maxItems = bound(max);
        }
        case 'N' -> {
          minimum = min;
          maximum = max;
        }
        case 'P' -> maxProperties = bound(max);
        case 'F' -> format = rest;
        case '~' -> pattern = (Pattern) shared.get(Integer.parseInt(rest));
        case '=' -> {
          @SuppressWarnings("unchecked")
          List<String> values = (List<String>) shared.get(Integer.parseInt(rest));
          supported = values;
        }
        default -> throw new IllegalStateException("unknown schema fact " + token);
      }
    }
    return new Facts(required, minLength, maxLength, minItems, maxItems, minimum, maximum,
        maxProperties, format, pattern, supported);
  }

  private static int bound(Long value) {
    return value == null ? -1 : Math.toIntExact(value);
  }

  /** Whether a string value has anything to be checked against. */
  boolean checksStrings() {
    return minLength >= 0 || maxLength >= 0 || pattern != null || supported != null;
  }
}
