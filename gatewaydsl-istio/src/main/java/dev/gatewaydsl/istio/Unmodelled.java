package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one object that this library does not model, in the order they were read, with
 * their values as JSON trees. They are written back after the modelled fields, so reading and
 * writing a resource loses nothing. Immutable: the trees are copied in and out.
 */
public final class Unmodelled {
  private static final Unmodelled NONE = new Unmodelled(JsonNodeFactory.instance.objectNode());

  private final ObjectNode fields;

  private Unmodelled(ObjectNode fields) {
    this.fields = fields;
  }

  /** No unmodelled field. */
  public static Unmodelled none() {
    return NONE;
  }

  /** The fields of {@code fields}, copied. */
  public static Unmodelled of(ObjectNode fields) {
    return fields.isEmpty() ? NONE : new Unmodelled(fields.deepCopy());
  }

  /** Whether there is no unmodelled field. */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The names of the fields, in the order they were read. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    fields.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A copy of the value of field {@code name}, or null if there is no such field. */
  public JsonNode get(String name) {
    JsonNode value = fields.get(name);
    return value == null ? null : value.deepCopy();
  }

  /** Adds a copy of every field to {@code target}, in order. */
  void writeTo(ObjectNode target) {
    fields.properties().forEach(e -> target.set(e.getKey(), e.getValue().deepCopy()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unmodelled u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
