package dev.gatewaydsl.schema;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.IOContext;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The one walk of a resource against its schema: receives the resource as it is serialized and
 * reports every field under {@code spec} whose schema path (e.g. {@code
 * spec.rules[].filters[].type}) the {@link Schema} does not have, and every value that breaks one
 * of the schema's {@link Facts} (required fields, length, pattern, enum, items, number bounds,
 * properties), in the API server's words, without building a JSON tree first. Objects whose
 * schema path plus {@code {}} is in the schema are free-form maps and are not looked into (only
 * their entries are counted); a field that is not served is reported and not looked into.
 *
 * <p>A list is never written empty, so {@code minItems} (1 in every CRD) needs no check here.
 */
public final class SchemaWalk extends GeneratorBase {

  /**
   * One open object or array being walked, with the facts of its own path, its items or fields
   * so far, and (for objects with required fields) the names seen.
   */
  private static final class Frame {
    final boolean array;
    final String schemaPath;
    final FieldPath at;
    final Facts facts;
    int count;
    /** For an object with required fields: those seen so far, one bit each, in schema order. */
    List<String> required;
    long seen;

    Frame(boolean array, String schemaPath, FieldPath at, Facts facts) {
      this.array = array;
      this.schemaPath = schemaPath;
      this.at = at;
      this.facts = facts;
    }
  }

  /** A schema path and its free-form-map form ({@code path{}}), made once. */
  private record Step(String path, String freeForm) {}

  /**
   * The schema paths met so far, by parent path and field name ({@code []} for a list item), so
   * that walking a resource concatenates and hashes no new strings. Only served paths and the
   * item paths of walked (so served) lists are kept: the catalog is finite, so is this.
   */
  private static final ConcurrentHashMap<String, ConcurrentHashMap<String, Step>> STEPS =
      new ConcurrentHashMap<>();

  private final Schema schema;
  private final BiConsumer<FieldPath, String> notServed;
  private final Consumer<Violation> broken;
  private final Deque<Frame> frames = new ArrayDeque<>();
  /** The schema path and field path of the value about to be written; null to skip it. */
  private String nextSchemaPath;
  private Step nextStep;
  private FieldPath nextAt;
  /** Depth inside a value being skipped, 0 when walking. */
  private int skipping;
  /** The free-form map being skipped, whose entries are counted; null for another skip. */
  private Frame counting;
  /** The facts of the values of {@link #counting}, and the key of the entry being written. */
  private Facts countingValues;
  private String countingKey;
  /** Whether the resource's own object (the root) is open. */
  private int depth;

  private static final Step SPEC = new Step("spec", "spec{}");

  /** {@code parent.name}, or {@code parent[]} for a list item. */
  private Step step(String parent, String name) {
    ConcurrentHashMap<String, Step> children = STEPS.get(parent);
    Step step = children == null ? null : children.get(name);
    if (step == null) {
      String path = name.equals("[]") ? parent + "[]" : parent + "." + name;
      step = new Step(path, path + "{}");
      if (name.equals("[]") || schema.serves(path)) { // the items of a served list, or served
        STEPS.computeIfAbsent(parent, k -> new ConcurrentHashMap<>()).putIfAbsent(name, step);
      }
    }
    return step;
  }

  /**
   * A walk against {@code schema} that passes each field it does not serve to {@code notServed}
   * (with its schema path) and each broken fact to {@code broken}.
   */
  public SchemaWalk(Schema schema, BiConsumer<FieldPath, String> notServed,
      Consumer<Violation> broken) {
    super(JsonGenerator.Feature.collectDefaults(), null, (IOContext) null);
    this.schema = schema;
    this.notServed = notServed;
    this.broken = broken;
  }

  /** Where the value now being written sits, or false if it is not walked. */
  private boolean takeNext() {
    if (skipping > 0) {
      return false;
    }
    Frame frame = frames.peek();
    if (frame != null && frame.array) {
      nextStep = step(frame.schemaPath, "[]");
      nextSchemaPath = nextStep.path();
      nextAt = frame.at.index(frame.count++);
    }
    return nextSchemaPath != null;
  }

  private void startContainer(boolean array) {
    depth++;
    if (skipping > 0) {
      skipping++;
      return;
    }
    if (depth == 1) {
      frames.push(new Frame(false, null, null, Facts.NONE)); // the resource: only spec is walked
      return;
    }
    if (!takeNext()) {
      skipping = 1;
      counting = null;
    } else if (!array && schema.serves(nextStep.freeForm())) {
      skipping = 1;
      counting = new Frame(false, nextSchemaPath, nextAt, schema.facts(nextSchemaPath));
      countingValues = schema.facts(nextStep.freeForm());
    } else {
      Frame frame = new Frame(array, nextSchemaPath, nextAt, schema.facts(nextSchemaPath));
      if (!array) {
        frame.required = schema.requiredFields(nextSchemaPath);
      }
      frames.push(frame);
    }
    nextSchemaPath = null;
  }

  private void endContainer() {
    depth--;
    if (skipping > 0) {
      if (--skipping == 0 && counting != null) {
        maxProperties(counting);
        counting = null;
      }
    } else {
      Frame frame = frames.pop();
      if (frame.schemaPath == null) {
        return;
      }
      if (frame.array) {
        if (frame.facts.maxItems() >= 0 && frame.count > frame.facts.maxItems()) {
          broken.accept(new Violation(Violation.Type.TOO_MANY, frame.at, frame.count,
              "must have at most " + frame.facts.maxItems() + " items"));
        }
      } else {
        maxProperties(frame);
        List<String> required = frame.required;
        if (required != null && frame.seen != (1L << required.size()) - 1) {
          for (int i = 0; i < required.size(); i++) {
            if ((frame.seen & 1L << i) == 0) {
              broken.accept(new Violation(Violation.Type.REQUIRED,
                  frame.at.child(required.get(i)), null, ""));
            }
          }
        }
      }
    }
    nextSchemaPath = null;
  }

  private void maxProperties(Frame map) {
    int max = map.facts.maxProperties();
    if (max >= 0 && map.count > max) {
      broken.accept(new Violation(Violation.Type.TOO_MANY, map.at, map.count,
          "must have at most " + max + " properties"));
    }
  }

  /** A string value: its length, pattern and enum. */
  private void string(String text) {
    if (skipping == 1 && counting != null && countingValues.checksStrings()) {
      check(text, countingValues, counting.at.key(countingKey));
      return;
    }
    if (skipping > 0 || !takeNext()) {
      nextSchemaPath = null;
      return;
    }
    Facts facts = schema.factsOrNull(nextSchemaPath);
    nextSchemaPath = null;
    if (facts != null && facts.checksStrings()) {
      check(text, facts, nextAt);
    }
  }

  /**
   * Strings that lately matched each pattern, by hash: values repeat across resources (hostnames,
   * paths, header names) and a regular expression costs more than a look-up. At most 64 per
   * pattern, and the catalog's patterns are finite.
   */
  private static final ConcurrentHashMap<Pattern, String[]> MATCHED = new ConcurrentHashMap<>();

  private static boolean matches(Pattern pattern, String text) {
    String[] seen = MATCHED.computeIfAbsent(pattern, p -> new String[64]);
    int slot = text.hashCode() & 63;
    String last = seen[slot];
    if (last != null && last.equals(text)) {
      return true;
    }
    boolean matches = pattern.matcher(text).find();
    if (matches) {
      seen[slot] = text;
    }
    return matches;
  }

  private void check(String text, Facts facts, FieldPath at) {
    if (facts.supported() != null) {
      if (!facts.supported().contains(text)) {
        broken.accept(new Violation(Violation.Type.NOT_SUPPORTED, at, text, "supported values: "
            + String.join(", ", facts.supported().stream().map(SchemaWalk::quote).toList())));
      }
      return;
    }
    int length = facts.minLength() >= 0 || facts.maxLength() >= 0
        ? text.codePointCount(0, text.length()) : 0;
    if (facts.maxLength() >= 0 && length > facts.maxLength()) {
      broken.accept(new Violation(Violation.Type.TOO_LONG, at, null,
          "may not be more than " + facts.maxLength() + " characters (got " + length + ")"));
    }
    if (facts.minLength() >= 0 && length < facts.minLength()) {
      broken.accept(new Violation(Violation.Type.INVALID, at, text,
          "should be at least " + facts.minLength() + " chars long"));
    }
    if (facts.pattern() != null && !matches(facts.pattern(), text)) {
      broken.accept(new Violation(Violation.Type.INVALID, at, text,
          "should match '" + facts.pattern().pattern() + "'"));
    }
  }

  /** A number value: its bounds and enum. */
  private void number(long value) {
    if (skipping > 0 || !takeNext()) {
      nextSchemaPath = null;
      return;
    }
    Facts facts = schema.factsOrNull(nextSchemaPath);
    nextSchemaPath = null;
    if (facts == null) {
      return;
    }
    FieldPath at = nextAt;
    if (facts.supported() != null && !facts.supported().contains(Long.toString(value))) {
      broken.accept(new Violation(Violation.Type.NOT_SUPPORTED, at, value, "supported values: "
          + String.join(", ", facts.supported().stream().map(SchemaWalk::quote).toList())));
    }
    if (facts.minimum() != null && value < facts.minimum()) {
      broken.accept(new Violation(Violation.Type.INVALID, at, value,
          "should be greater than or equal to " + facts.minimum()));
    }
    if (facts.maximum() != null && value > facts.maximum()) {
      broken.accept(new Violation(Violation.Type.INVALID, at, value,
          "should be less than or equal to " + facts.maximum()));
    }
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private void scalar() {
    if (skipping == 0) {
      takeNext();
    }
    nextSchemaPath = null;
  }

  @Override
  public void writeStartObject() {
    startContainer(false);
  }

  @Override
  public void writeEndObject() {
    endContainer();
  }

  @Override
  public void writeStartArray() {
    startContainer(true);
  }

  @Override
  public void writeEndArray() {
    endContainer();
  }

  @Override
  public void writeFieldName(String name) {
    nextSchemaPath = null;
    if (skipping > 0) {
      if (skipping == 1 && counting != null) {
        counting.count++;
        countingKey = name;
      }
      return;
    }
    Frame frame = frames.peek();
    if (frame.schemaPath == null) { // the resource itself
      if (name.equals("spec")) {
        nextStep = SPEC;
        nextSchemaPath = SPEC.path();
        nextAt = FieldPath.of("spec");
      }
      return;
    }
    Step step = step(frame.schemaPath, name);
    FieldPath child = frame.at.child(name);
    frame.count++;
    if (frame.required != null) {
      int i = frame.required.indexOf(name);
      if (i >= 0) {
        frame.seen |= 1L << i;
      }
    }
    if (schema.serves(step.path())) {
      nextStep = step;
      nextSchemaPath = step.path();
      nextAt = child;
    } else {
      notServed.accept(child, step.path());
    }
  }

  @Override
  public void writeFieldName(SerializableString name) {
    writeFieldName(name.getValue());
  }

  @Override
  public void writeString(String text) {
    string(text);
  }

  @Override
  public void writeString(char[] text, int offset, int len) {
    string(new String(text, offset, len));
  }

  @Override
  public void writeString(SerializableString text) {
    string(text.getValue());
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) {
    scalar();
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) {
    scalar();
  }

  @Override
  public void writeRaw(String text) {}

  @Override
  public void writeRaw(String text, int offset, int len) {}

  @Override
  public void writeRaw(char[] text, int offset, int len) {}

  @Override
  public void writeRaw(char c) {}

  @Override
  public void writeRawValue(String text) {
    scalar();
  }

  @Override
  public void writeRawValue(String text, int offset, int len) {
    scalar();
  }

  @Override
  public void writeRawValue(char[] text, int offset, int len) {
    scalar();
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) {
    scalar();
  }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int dataLength) {
    scalar();
    return 0;
  }

  @Override
  public void writeNumber(int v) {
    number(v);
  }

  @Override
  public void writeNumber(long v) {
    number(v);
  }

  @Override
  public void writeNumber(BigInteger v) {
    scalar();
  }

  @Override
  public void writeNumber(double v) {
    scalar();
  }

  @Override
  public void writeNumber(float v) {
    scalar();
  }

  @Override
  public void writeNumber(BigDecimal v) {
    scalar();
  }

  @Override
  public void writeNumber(String encodedValue) {
    scalar();
  }

  @Override
  public void writeBoolean(boolean state) {
    scalar();
  }

  @Override
  public void writeNull() {
    scalar();
  }

  @Override
  public void flush() {}

  @Override
  protected void _releaseBuffers() {}

  @Override
  protected void _verifyValueWrite(String typeMsg) {}
}
