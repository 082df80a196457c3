package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides when a string must be quoted: exactly when some YAML reader could take the plain form
 * for something other than that string. Both YAML 1.2 (core schema) and YAML 1.1 are considered,
 * since the parser behind {@code kubectl} and the API server (go-yaml v2) still resolves
 * {@code yes}, {@code on}, {@code 0x1F}, {@code 012} or {@code 12:30:45} the YAML 1.1 way.
 */
final class YamlQuoting extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;

  /** Booleans and nulls of YAML 1.1 and 1.2, compared case-insensitively. */
  private static final Set<String> RESERVED = Set.of(
      "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<");

  /** The length of the longest word in {@link #RESERVED}. */
  private static final int MAX_RESERVED_LENGTH = 5;

  /** Integers and floats of YAML 1.1 and 1.2, and what Go's number parsers accept. */
  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?("
          + "0b[0-1_]+"                                   // binary (1.1)
          + "|0o?[0-7_]+"                                 // octal (1.1 "012", 1.2 "0o17")
          + "|0x[0-9a-fA-F_]+"                            // hex integer
          + "|0x[0-9a-fA-F_.]*(p[-+]?[0-9]+)?"           // hex float (Go)
          + "|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"  // sexagesimal (1.1)
          + "|([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?" // decimal, 1.5, .5, 1e3
          + "|\\.?(inf|infinity|nan)"                    // .inf, .nan, +Inf
          + ")",
      Pattern.CASE_INSENSITIVE);

  /** Dates and timestamps (YAML 1.1 resolves them; some tools read them as times). */
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  static final YamlQuoting INSTANCE = new YamlQuoting();

  @Override
  public boolean needToQuoteName(String name) {
    // a value with a line break is a literal block; a key cannot be one, and a plain key over two
    // lines reads back as something else ("a:\na" as a map)
    return needsQuotes(name) || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0;
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return needsQuotes(value);
  }

  /**
   * Whether a YAML reader takes {@code text} for a number: as it is, or as kubectl's parser
   * (go-yaml v2) sees it, with every {@code _} removed first ({@code 0_b0} is the binary 0,
   * {@code 4e_3} is 4000).
   */
  private static boolean isNumber(String text) {
    return isNumberAsIs(text) || text.indexOf('_') >= 0 && isNumberAsIs(text.replace("_", ""));
  }

  private static boolean isNumberAsIs(String text) {
    return NUMBER.matcher(text).matches()
        && !text.isEmpty() && !text.equals(".") && !text.equals("-") && !text.equals("+");
  }

  /** Whether {@code text} must be quoted to be read back as the same string. */
  static boolean needsQuotes(String text) {
    if (text.isEmpty()) {
      return true;
    }
    if (text.length() <= MAX_RESERVED_LENGTH && RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    char first = text.charAt(0);
    if (looksNumeric(first) && (isNumber(text) || TIMESTAMP.matcher(text).matches())) {
      return true;
    }
    if (first == ' ' || text.charAt(text.length() - 1) == ' '
        || first == '\t' || text.charAt(text.length() - 1) == '\t') {
      return true;
    }
    if ("&*!|>'\"%@`#,[]{}".indexOf(first) >= 0) {
      return true;
    }
    if ("-?:".indexOf(first) >= 0 && (text.length() == 1 || isSpace(text.charAt(1)))) {
      return true;
    }
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":")
        || text.contains(":\t") || text.contains("\t#")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // controls, and the characters YAML 1.1 treats as line breaks (NEL, LS, PS)
      if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u2028'
          || c == '\u2029' || c == '\uFEFF') {
        return true;
      }
    }
    return text.equals("-") || text.equals("+") || text.equals(".");
  }

  /**
   * Whether {@code text}, which has a line break, reads back unchanged from a block literal: its
   * first line is not empty and does not start with a space (so no indentation indicator is
   * needed), no line holds only blanks, and it has no character a literal cannot carry.
   */
  static boolean literalIsSafe(String text) {
    if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(0) == '\n') {
      return false;
    }
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty() && line.isBlank()) {
        return false;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f);
      if (control || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksNumeric(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
