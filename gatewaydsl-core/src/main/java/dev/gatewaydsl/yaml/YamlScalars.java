package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves plain YAML scalars exactly as {@code kubectl} does: by go-yaml v2's {@code resolve.go}
 * (v2.4.0, the parser under sigs.k8s.io/yaml), then through JSON as sigs.k8s.io/yaml sends it.
 *
 * <ul>
 *   <li>booleans: {@code y Y yes Yes YES true True TRUE on On ON} and the same for false with
 *       {@code n no false off}; other spellings ({@code yES}) are strings;
 *   <li>null: the empty scalar, {@code ~ null Null NULL};
 *   <li>integers as Go's {@code strconv.ParseInt(s, 0, 64)} reads them once underscores are
 *       removed: decimal, {@code 0x1F}, {@code 0o17}, {@code 0b101}, and a leading zero for
 *       octal ({@code 012} is 10); then unsigned 64-bit; no sexagesimal ({@code 1:20} is a
 *       string);
 *   <li>floats matching {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?} ({@code 08}
 *       is one, as octal fails), and {@code .inf -.inf .nan} in three spellings each;
 *   <li>everything else, timestamps included, is a string.
 * </ul>
 *
 * <p>A float is then a JSON number as Go's {@code encoding/json} writes it: without a fraction
 * when it is whole and below 1e21 ({@code 80.0} and {@code 8e1} reach the API server as the
 * integer 80), with one otherwise. Infinity and NaN cannot be written as JSON, so kubectl fails on
 * them; so does this reader. What type a value must have is left to the field it is bound to.
 */
final class YamlScalars {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, JsonNode> WORDS = new HashMap<>();
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final double JSON_INTEGER_BELOW = 1e21;
  /** A stand-in for infinite and NaN floats, which JSON cannot carry; never returned. */
  private static final JsonNode NOT_JSON = NODES.textNode("");

  static {
    words(NODES.booleanNode(true), "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on",
        "On", "ON");
    words(NODES.booleanNode(false), "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off",
        "Off", "OFF");
    words(NODES.nullNode(), "", "~", "null", "Null", "NULL");
    words(NOT_JSON, ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
        "-.inf", "-.Inf", "-.INF");
  }

  private YamlScalars() {}

  private static void words(JsonNode value, String... spellings) {
    for (String spelling : spellings) {
      WORDS.put(spelling, value);
    }
  }

  /**
   * The JSON value of the plain scalar {@code text}.
   *
   * @throws IllegalArgumentException for {@code .inf} and {@code .nan}, which JSON cannot carry
   */
  static JsonNode resolve(String text) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    JsonNode word = WORDS.get(text);
    if (word != null) {
      if (word == NOT_JSON) {
        throw new IllegalArgumentException(text + " is read as a float that JSON cannot carry "
            + "(infinite or NaN), so kubectl cannot send it; quote it to mean the string");
      }
      return word;
    }
    if (first == '.') {
      return DOT_FLOAT.matcher(text).matches() ? number(Double.parseDouble(text), text)
          : NODES.textNode(text);
    }
    if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
      String plain = text.replace("_", "");
      BigInteger integer = parseGoInt(plain);
      if (integer != null) {
        return integer(integer);
      }
      if (FLOAT.matcher(plain).matches()) {
        double value = Double.parseDouble(plain);
        if (!Double.isInfinite(value)) { // Go reports a range error, and the scalar is a string
          return number(value, text);
        }
      }
    }
    return NODES.textNode(text);
  }

  /**
   * The JSON value of a scalar with the explicit tag {@code tag:yaml.org,2002:<tag>}, as go-yaml
   * v2 decodes one: {@code str} keeps the text, the others must resolve to their own type ({@code
   * !!float} also takes an integer).
   */
  static JsonNode resolveTagged(String tag, String text) {
    if (tag.equals("str")) {
      return NODES.textNode(text);
    }
    if (!List.of("bool", "int", "float", "null", "timestamp").contains(tag)) {
      throw new IllegalArgumentException("the tag !!" + tag + " is not supported");
    }
    JsonNode value = resolve(text);
    boolean fits = switch (tag) {
      case "bool" -> value.isBoolean();
      case "int" -> value.isIntegralNumber() && !looksFloat(text);
      case "float" -> value.isNumber();
      case "null" -> value.isNull();
      default -> value.isTextual() && text.matches("[0-9]{4}-.*"); // a timestamp stays a string
    };
    if (!fits) {
      throw new IllegalArgumentException("cannot decode `" + text + "` as a !!" + tag);
    }
    return value;
  }

  /** E.g. {@code the boolean true}, {@code the integer 80}, {@code null}. */
  static String describe(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isBoolean()) {
      return "the boolean " + value.asText();
    }
    return (value.isIntegralNumber() ? "the integer " : "the number ") + value.asText();
  }

  /** A whole float as Go's encoding/json writes it: without a fraction below 1e21. */
  private static JsonNode number(double value, String text) {
    if (value == Math.rint(value) && Math.abs(value) < JSON_INTEGER_BELOW) {
      return integer(new BigDecimal(value).toBigIntegerExact());
    }
    return NODES.numberNode(value);
  }

  private static JsonNode integer(BigInteger value) {
    return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
        : value.bitLength() < 64 ? NODES.numberNode(value.longValue())
        : NODES.numberNode(value);
  }

  private static boolean looksFloat(String text) {
    return FLOAT.matcher(text.replace("_", "")).matches()
        && parseGoInt(text.replace("_", "")) == null;
  }

  /**
   * Go's {@code strconv.ParseInt(s, 0, 64)}, then {@code ParseUint(s, 0, 64)}: a sign (signed
   * only), a base prefix {@code 0x 0o 0b} or a leading {@code 0} for octal, digits; null if it
   * is not one or is out of range.
   */
  static BigInteger parseGoInt(String text) {
    String digits = text;
    boolean negative = false;
    boolean signed = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.startsWith("-");
      signed = true;
      digits = digits.substring(1);
    }
    int radix = 10;
    String lower = digits.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      radix = 8;
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
        return null;
      }
    }
    BigInteger value = new BigInteger(digits, radix);
    if (negative) {
      value = value.negate();
    }
    boolean int64 = value.bitLength() < 64;
    boolean uint64 = !signed && value.signum() >= 0 && value.compareTo(UINT64_MAX) <= 0;
    return int64 || uint64 ? value : null;
  }
}
