package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.IOContext;
import dev.gatewaydsl.validation.FieldPath;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Receives a resource as it is serialized and reports every field under {@code spec} whose schema
 * path (e.g. {@code spec.rules[].filters[].type}) is not in a set of served fields: the walk of
 * {@link TargetChecks} without building a JSON tree first. Objects whose schema path plus {@code
 * {}} is in the set are free-form maps and are not looked into; a field that is not served is
 * reported and not looked into.
 */
final class ServedFieldsGenerator extends GeneratorBase {

  /** One open object or array being walked. */
  private record Frame(boolean array, String schemaPath, FieldPath at, int[] index) {}

  /** A schema path and its free-form-map form ({@code path{}}), made once. */
  private record Step(String path, String freeForm) {}

  /**
   * The schema paths met so far, by parent path and field name ({@code []} for a list item), so
   * that walking a resource concatenates and hashes no new strings. Only served paths and the
   * item paths of walked (so served) lists are kept: the catalog is finite, so is this.
   */
  private static final ConcurrentHashMap<String, ConcurrentHashMap<String, Step>> STEPS =
      new ConcurrentHashMap<>();

  private final Set<String> fields;
  private final BiConsumer<FieldPath, String> notServed;
  private final Deque<Frame> frames = new ArrayDeque<>();
  /** The schema path and field path of the value about to be written; null to skip it. */
  private String nextSchemaPath;
  private Step nextStep;
  private FieldPath nextAt;
  /** Depth inside a value being skipped, 0 when walking. */
  private int skipping;
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
      if (name.equals("[]") || fields.contains(path)) { // the items of a served list, or served
        STEPS.computeIfAbsent(parent, k -> new ConcurrentHashMap<>()).putIfAbsent(name, step);
      }
    }
    return step;
  }

  ServedFieldsGenerator(Set<String> fields, BiConsumer<FieldPath, String> notServed) {
    super(JsonGenerator.Feature.collectDefaults(), null, (IOContext) null);
    this.fields = fields;
    this.notServed = notServed;
  }

  /** Where the value now being written sits, or false if it is not walked. */
  private boolean takeNext() {
    if (skipping > 0) {
      return false;
    }
    Frame frame = frames.peek();
    if (frame != null && frame.array()) {
      nextStep = step(frame.schemaPath(), "[]");
      nextSchemaPath = nextStep.path();
      nextAt = frame.at().index(frame.index()[0]++);
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
      frames.push(new Frame(false, null, null, null)); // the resource: only spec is walked
      return;
    }
    if (!takeNext() || (!array && fields.contains(nextStep.freeForm()))) {
      skipping = 1;
    } else {
      frames.push(new Frame(array, nextSchemaPath, nextAt, new int[1]));
    }
    nextSchemaPath = null;
  }

  private void endContainer() {
    depth--;
    if (skipping > 0) {
      skipping--;
    } else {
      frames.pop();
    }
    nextSchemaPath = null;
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
      return;
    }
    Frame frame = frames.peek();
    if (frame.schemaPath() == null) { // the resource itself
      if (name.equals("spec")) {
        nextStep = SPEC;
        nextSchemaPath = SPEC.path();
        nextAt = FieldPath.of("spec");
      }
      return;
    }
    Step step = step(frame.schemaPath(), name);
    FieldPath child = frame.at().child(name);
    if (fields.contains(step.path())) {
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
    scalar();
  }

  @Override
  public void writeString(char[] text, int offset, int len) {
    scalar();
  }

  @Override
  public void writeString(SerializableString text) {
    scalar();
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
    scalar();
  }

  @Override
  public void writeNumber(long v) {
    scalar();
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
