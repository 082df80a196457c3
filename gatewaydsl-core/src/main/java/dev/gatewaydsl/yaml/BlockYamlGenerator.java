package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Writes one document of the block-style YAML that {@link Manifests} produces, straight into a
 * {@link StringBuilder}, for the values ordinary manifests hold: mappings, sequences of scalars or
 * mappings, integers, booleans, and single-line printable-ASCII strings that are either plain or
 * double-quoted. The text is exactly what the SnakeYAML-based generator of {@link
 * KubernetesYamlFactory} writes for the same calls (same quoting decisions, indentation, {@code {}}
 * and {@code []} for empty collections), at a fraction of the cost: no events, no scalar analysis
 * beyond what these cases need.
 *
 * <p>Anything else (a line break, a character outside printable ASCII, a string SnakeYAML would
 * single-quote, a key of 128 characters or more, a sequence directly inside a sequence, a
 * floating-point number, raw or binary output, native type or object ids) makes the document
 * {@linkplain #isComplete() incomplete}; the caller then writes that document with the SnakeYAML
 * generator instead. The output is thus byte-identical to the SnakeYAML path whichever path
 * writes a document.
 */
final class BlockYamlGenerator extends GeneratorBase {
  private static final int MAP = 1;
  private static final int SEQUENCE = 2;
  /** A key of this length or more is not a "simple key" to SnakeYAML: written as {@code ? key}. */
  private static final int MAX_SIMPLE_KEY_LENGTH = 128;
  private static final String SPACES = " ".repeat(128);

  private final StringBuilder out;
  /** Per open collection: its kind, its column, its entries so far, the kind of its parent. */
  private int[] kinds = new int[16];
  private int[] columns = new int[16];
  private int[] entries = new int[16];
  private int[] parents = new int[16];
  private int depth;
  private boolean complete = true;

  BlockYamlGenerator(int features, StringBuilder out) {
    super(features, null, (IOContext) null);
    this.out = out;
  }

  /** Whether every call was one this generator writes exactly as SnakeYAML would. */
  boolean isComplete() {
    return complete;
  }

  private void unsupported() {
    complete = false;
  }

  // --- structure

  @Override
  public void writeStartObject() {
    _verifyValueWrite("start an object");
    _writeContext = _writeContext.createChildObjectContext();
    if (depth == 0) {
      push(MAP, 0, 0);
    } else if (kinds[depth - 1] == MAP) {
      push(MAP, columns[depth - 1] + 2, MAP);
    } else {
      dash();
      push(MAP, columns[depth - 1] + 2, SEQUENCE);
    }
  }

  @Override
  public void writeEndObject() {
    _writeContext = _writeContext.clearAndGetParent();
    close("{}");
  }

  @Override
  public void writeStartArray() {
    _verifyValueWrite("start an array");
    _writeContext = _writeContext.createChildArrayContext();
    if (depth == 0 || kinds[depth - 1] == SEQUENCE) {
      unsupported(); // a root sequence, or a sequence in a sequence ("- - a")
      push(SEQUENCE, 0, SEQUENCE);
    } else {
      // sequences under a key are not indented, as kubectl writes them
      push(SEQUENCE, columns[depth - 1], MAP);
    }
  }

  @Override
  public void writeEndArray() {
    _writeContext = _writeContext.clearAndGetParent();
    close("[]");
  }

  private void push(int kind, int column, int parent) {
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      columns = Arrays.copyOf(columns, depth * 2);
      entries = Arrays.copyOf(entries, depth * 2);
      parents = Arrays.copyOf(parents, depth * 2);
    }
    kinds[depth] = kind;
    columns[depth] = column;
    entries[depth] = 0;
    parents[depth] = parent;
    depth++;
  }

  /** Ends the innermost collection; an empty one is written in flow style after its key or dash. */
  private void close(String empty) {
    depth--;
    if (entries[depth] == 0) {
      if (depth == 0) {
        unsupported(); // an empty document
      }
      out.append(' ').append(empty).append('\n');
    }
  }

  /** Starts an item of the innermost sequence: its dash, the line left open for the item. */
  private void dash() {
    int at = depth - 1;
    if (entries[at]++ == 0) {
      out.append('\n'); // ends the line of the sequence's key
    }
    indent(columns[at]);
    out.append('-');
  }

  private void indent(int column) {
    if (column <= SPACES.length()) {
      out.append(SPACES, 0, column);
    } else {
      for (int i = 0; i < column; i++) {
        out.append(' ');
      }
    }
  }

  // --- keys

  @Override
  public void writeFieldName(String name) throws IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      unsupported();
    }
    int at = depth - 1;
    if (entries[at]++ == 0) {
      if (parents[at] == SEQUENCE) {
        out.append(' '); // the first key of a sequence item shares the dash's line
      } else if (parents[at] == MAP) {
        out.append('\n');
        indent(columns[at]);
      }
    } else {
      indent(columns[at]);
    }
    if (name.isEmpty() || name.length() >= MAX_SIMPLE_KEY_LENGTH || name.indexOf('\n') >= 0) {
      unsupported();
    }
    scalar(name, YamlQuoting.needsQuotes(name));
    out.append(':');
  }

  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    writeFieldName(name.getValue());
  }

  // --- scalars

  /** Starts a value: after its key's colon, or as an item on a new dash line. */
  private void beginValue() {
    if (depth == 0) {
      unsupported(); // a root scalar
      return;
    }
    if (kinds[depth - 1] == SEQUENCE) {
      dash();
    }
    out.append(' ');
  }

  private void endValue() {
    out.append('\n');
  }

  @Override
  public void writeString(String text) {
    if (text == null) {
      writeNull();
      return;
    }
    _verifyValueWrite("write String value");
    beginValue();
    if (text.indexOf('\n') >= 0) {
      unsupported(); // a block literal, or double-quoted with escapes
    } else {
      scalar(text, text.isEmpty() || YamlQuoting.needsQuotes(text));
    }
    endValue();
  }

  /**
   * A key or string value of printable ASCII, double-quoted when the quoting checker says so,
   * else plain when SnakeYAML's analysis would allow it in block context.
   */
  private void scalar(String text, boolean quoted) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        unsupported();
        return;
      }
    }
    if (quoted) {
      out.append('"');
      int start = 0;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          out.append(text, start, i).append('\\').append(c);
          start = i + 1;
        }
      }
      out.append(text, start, length).append('"');
    } else if (plainAllowed(text)) {
      out.append(text);
    } else {
      unsupported(); // SnakeYAML would write it single-quoted
    }
  }

  /**
   * Whether SnakeYAML's emitter writes the non-empty, single-line, printable-ASCII {@code text}
   * plain in block context rather than quoting it itself. Mirrors the block-context part of its
   * scalar analysis for such strings.
   */
  static boolean plainAllowed(String text) {
    int length = text.length();
    if (length == 0 || text.startsWith("---") || text.startsWith("...")
        || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return false;
    }
    char first = text.charAt(0);
    if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if ((first == '?' || first == ':' || first == '-')
        && (length == 1 || text.charAt(1) == ' ')) {
      return false;
    }
    if (first == '0' && length > 1 && leadingZeroNumber(text)) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i == length - 1 || text.charAt(i + 1) == ' ')) {
        return false;
      }
      if (c == '#' && text.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /** SnakeYAML writes {@code 0} followed only by digits and underscores quoted. */
  private static boolean leadingZeroNumber(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void writeString(char[] text, int offset, int length) {
    writeString(new String(text, offset, length));
  }

  @Override
  public void writeString(SerializableString text) {
    writeString(text.getValue());
  }

  @Override
  public void writeNumber(int value) {
    _verifyValueWrite("write number");
    beginValue();
    out.append(value);
    endValue();
  }

  @Override
  public void writeNumber(long value) {
    _verifyValueWrite("write number");
    beginValue();
    out.append(value);
    endValue();
  }

  @Override
  public void writeBoolean(boolean value) {
    _verifyValueWrite("write boolean value");
    beginValue();
    out.append(value ? "true" : "false");
    endValue();
  }

  @Override
  public void writeNull() {
    _verifyValueWrite("write null value");
    beginValue();
    out.append("null");
    endValue();
  }

  @Override
  public void writeNumber(BigInteger value) {
    unsupportedValue();
  }

  @Override
  public void writeNumber(double value) {
    unsupportedValue();
  }

  @Override
  public void writeNumber(float value) {
    unsupportedValue();
  }

  @Override
  public void writeNumber(BigDecimal value) {
    unsupportedValue();
  }

  @Override
  public void writeNumber(String encodedValue) {
    unsupportedValue();
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
    unsupportedValue();
  }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int length) {
    unsupportedValue();
    return 0;
  }

  /** Keeps the structure consistent for a value this generator leaves to SnakeYAML. */
  private void unsupportedValue() {
    unsupported();
    _verifyValueWrite("write value");
    beginValue();
    endValue();
  }

  // --- what ordinary manifests never need: left to the SnakeYAML path

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) {
    unsupportedValue();
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) {
    unsupportedValue();
  }

  @Override
  public void writeRaw(String text) {
    unsupported();
  }

  @Override
  public void writeRaw(String text, int offset, int len) {
    unsupported();
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) {
    unsupported();
  }

  @Override
  public void writeRaw(char c) {
    unsupported();
  }

  @Override
  public void writeRawValue(String text) {
    unsupportedValue();
  }

  @Override
  public void writeRawValue(String text, int offset, int len) {
    unsupportedValue();
  }

  @Override
  public void writeRawValue(char[] text, int offset, int len) {
    unsupportedValue();
  }

  /** The SnakeYAML generator writes type ids as YAML tags; this one leaves them to it. */
  @Override
  public boolean canWriteTypeId() {
    return true;
  }

  @Override
  public void writeTypeId(Object id) {
    unsupported();
  }

  /** The SnakeYAML generator writes object ids as anchors; this one leaves them to it. */
  @Override
  public boolean canWriteObjectId() {
    return true;
  }

  @Override
  public void writeObjectId(Object id) {
    unsupported();
  }

  @Override
  public void writeObjectRef(Object id) {
    unsupportedValue();
  }

  @Override
  public JsonGenerator useDefaultPrettyPrinter() {
    return this;
  }

  @Override
  public void flush() {}

  @Override
  protected void _releaseBuffers() {}

  @Override
  protected void _verifyValueWrite(String typeMsg) {
    if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) {
      unsupported(); // a value where a key belongs: the SnakeYAML path reports it
    }
    if (_writeContext.inRoot() && _writeContext.getCurrentIndex() > 0) {
      unsupported(); // a second root value: one document per generator
    }
  }
}
