package dev.gatewaydsl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Derives, from one valid manifest and its CRD schema, manifests that sit at and just past each
 * constraint the schema puts on the fields present: lengths, patterns, enums, numeric bounds, item
 * counts, required fields, unknown fields. Whether each one is valid is not decided here: the
 * differential test asks crd-check and the library and compares.
 */
final class Mutations {
  private final List<ObjectNode> out = new ArrayList<>();
  private final ObjectNode base;

  private Mutations(ObjectNode base) {
    this.base = base;
  }

  /** The mutations of {@code document} under {@code schema} (its openAPIV3Schema). */
  static List<ObjectNode> of(ObjectNode document, JsonNode schema) {
    Mutations mutations = new Mutations(document);
    JsonNode spec = document.path("spec");
    JsonNode specSchema = schema.path("properties").path("spec");
    if (spec.isObject()) {
      mutations.walk(spec, specSchema, "/spec");
      mutations.change("/spec", node -> ((ObjectNode) node).put("unknownField", "x"));
    }
    return mutations.out;
  }

  private void walk(JsonNode value, JsonNode schema, String pointer) {
    if (schema.has("enum") && value.isTextual()) {
      change(pointer, replace(TextNode.valueOf("NotOneOfTheEnum")));
    }
    if (value.isTextual()) {
      String text = value.asText();
      char pad = text.isEmpty() ? 'a' : text.charAt(text.length() - 1);
      if (schema.has("maxLength")) {
        int max = schema.get("maxLength").asInt();
        if (max <= 4096) {
          String atMax = text.length() >= max ? text.substring(0, max)
              : text + String.valueOf(pad).repeat(max - text.length());
          change(pointer, replace(TextNode.valueOf(atMax)));
          change(pointer, replace(TextNode.valueOf(atMax + pad)));
        }
      }
      if (schema.path("minLength").asInt() > 0) {
        change(pointer, replace(TextNode.valueOf("")));
      }
      if (schema.has("pattern")) {
        change(pointer, replace(TextNode.valueOf(text + "_!")));
        change(pointer, replace(TextNode.valueOf(text.toUpperCase())));
        change(pointer, replace(TextNode.valueOf("-" + text)));
      }
    }
    if (value.isIntegralNumber()) {
      if (schema.has("minimum")) {
        int min = schema.get("minimum").asInt();
        change(pointer, replace(IntNode.valueOf(min)));
        change(pointer, replace(IntNode.valueOf(min - 1)));
      }
      if (schema.has("maximum")) {
        int max = schema.get("maximum").asInt();
        change(pointer, replace(IntNode.valueOf(max)));
        change(pointer, replace(IntNode.valueOf(max + 1)));
      }
    }
    if (value.isArray()) {
      ArrayNode array = (ArrayNode) value;
      if (schema.has("maxItems") && array.size() > 0) {
        int max = schema.get("maxItems").asInt();
        change(pointer, node -> fill((ArrayNode) node, max));
        change(pointer, node -> fill((ArrayNode) node, max + 1));
      }
      if (schema.path("minItems").asInt() > 0) {
        change(pointer, node -> ((ArrayNode) node).removeAll());
      }
      JsonNode items = schema.path("items");
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), items, pointer + "/" + i);
      }
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        String name = required.asText();
        if (value.has(name)) {
          change(pointer, node -> ((ObjectNode) node).remove(name));
        }
      }
      JsonNode properties = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (properties.has(field.getKey())) {
          walk(field.getValue(), properties.get(field.getKey()),
              pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"));
        } else if (schema.has("additionalProperties") && field.getValue().isTextual()) {
          walk(field.getValue(), schema.get("additionalProperties"),
              pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"));
        }
      }
    }
  }

  private static void fill(ArrayNode array, int size) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    array.removeAll();
    for (int i = 0; i < size; i++) {
      array.add(items.get(i % items.size()).deepCopy());
    }
  }

  private static Consumer<JsonNode> replace(JsonNode replacement) {
    return null == replacement ? null : new Replace(replacement);
  }

  /** Marker consumer: replace the node at the pointer instead of changing it in place. */
  private record Replace(JsonNode replacement) implements Consumer<JsonNode> {
    @Override
    public void accept(JsonNode node) {
      throw new UnsupportedOperationException("handled by change()");
    }
  }

  private void change(String pointer, Consumer<JsonNode> edit) {
    ObjectNode copy = base.deepCopy();
    if (edit instanceof Replace replace) {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (parent instanceof ObjectNode object) {
        object.set(last, replace.replacement());
      } else if (parent instanceof ArrayNode array) {
        array.set(Integer.parseInt(last), replace.replacement());
      }
    } else {
      edit.accept(copy.at(pointer));
    }
    out.add(copy);
  }
}
