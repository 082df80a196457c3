package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the fields of one JSON object into model values, noting the fields it took, so that the
 * rest become {@link Unmodelled}. A value of the wrong type is reported as the API server reports
 * it ({@code spec.hosts: Invalid value: "string": spec.hosts in body must be of type array}) and
 * read as absent, so that every problem of a document is found in one pass.
 */
final class TreeReader {
  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

  private final ObjectNode node;
  private final FieldPath path;
  private final Violations violations;
  private final Set<String> taken = new HashSet<>();

  private TreeReader(ObjectNode node, FieldPath path, Violations violations) {
    this.node = node;
    this.path = path;
    this.violations = violations;
  }

  /** A reader of {@code node}, which should be an object, found at {@code path}. */
  static TreeReader of(JsonNode node, FieldPath path, Violations violations) {
    if (node instanceof ObjectNode object) {
      return new TreeReader(object, path, violations);
    }
    if (node != null && !node.isNull()) {
      wrongType(node, path, "object", violations);
    }
    return new TreeReader(EMPTY, path, violations);
  }

  FieldPath path() {
    return path;
  }

  private JsonNode take(String name) {
    taken.add(name);
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  /** A string field, or empty. */
  String string(String name) {
    return scalar(name, "string", JsonNode::isTextual, JsonNode::textValue).orElse("");
  }

  /** An integer field. */
  Optional<Integer> integer(String name) {
    return scalar(name, "integer", v -> v.canConvertToInt() && v.isIntegralNumber(),
        JsonNode::intValue);
  }

  /** A number field (a double in the proto). */
  Optional<Double> number(String name) {
    return scalar(name, "number", JsonNode::isNumber, JsonNode::doubleValue);
  }

  /** A boolean field. */
  Optional<Boolean> bool(String name) {
    return scalar(name, "boolean", JsonNode::isBoolean, JsonNode::booleanValue);
  }

  /**
   * The field {@code name} as {@code as} reads it, if it is set and {@code is} its JSON type
   * {@code type}; a value of another type is a violation and reads as unset.
   */
  private <T> Optional<T> scalar(String name, String type, Predicate<JsonNode> is,
      Function<JsonNode, T> as) {
    JsonNode value = take(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!is.test(value)) {
      wrongType(value, path.child(name), type, violations);
      return Optional.empty();
    }
    return Optional.of(as.apply(value));
  }

  /** A list of strings. */
  List<String> strings(String name) {
    JsonNode value = take(name);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!value.isArray()) {
      wrongType(value, path.child(name), "array", violations);
      return result;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (item.isTextual()) {
        result.add(item.textValue());
      } else {
        wrongType(item, path.child(name).index(i), "string", violations);
      }
    }
    return result;
  }

  /** A map of strings, in the order read. */
  Map<String, String> stringMap(String name) {
    JsonNode value = take(name);
    Map<String, String> result = new LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!value.isObject()) {
      wrongType(value, path.child(name), "object", violations);
      return result;
    }
    value.properties().forEach(e -> {
      if (e.getValue().isTextual()) {
        result.put(e.getKey(), e.getValue().textValue());
      } else {
        wrongType(e.getValue(), path.child(name).key(e.getKey()), "string", violations);
      }
    });
    return result;
  }

  /** An object field read by {@code read}. */
  <T> Optional<T> object(String name, Function<TreeReader, T> read) {
    JsonNode value = take(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      wrongType(value, path.child(name), "object", violations);
      return Optional.empty();
    }
    return Optional.of(read.apply(new TreeReader((ObjectNode) value, path.child(name),
        violations)));
  }

  /** A list of objects, each read by {@code read}. */
  <T> List<T> objects(String name, Function<TreeReader, T> read) {
    JsonNode value = take(name);
    List<T> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!value.isArray()) {
      wrongType(value, path.child(name), "array", violations);
      return result;
    }
    for (int i = 0; i < value.size(); i++) {
      result.add(read.apply(TreeReader.of(value.get(i), path.child(name).index(i), violations)));
    }
    return result;
  }

  /** A map of objects, each read by {@code read}, in the order read. */
  <T> Map<String, T> objectMap(String name, Function<TreeReader, T> read) {
    JsonNode value = take(name);
    Map<String, T> result = new LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!value.isObject()) {
      wrongType(value, path.child(name), "object", violations);
      return result;
    }
    value.properties().forEach(e -> result.put(e.getKey(),
        read.apply(TreeReader.of(e.getValue(), path.child(name).key(e.getKey()), violations))));
    return result;
  }

  /** The fields not taken so far, in the order read. */
  Unmodelled rest() {
    ObjectNode rest = JsonNodeFactory.instance.objectNode();
    node.properties().forEach(e -> {
      if (!taken.contains(e.getKey())) {
        rest.set(e.getKey(), e.getValue());
      }
    });
    return Unmodelled.of(rest);
  }

  private static void wrongType(JsonNode value, FieldPath at, String type,
      Violations violations) {
    violations.invalid(at, value.isContainerNode() ? value.getNodeType().name().toLowerCase(
        java.util.Locale.ROOT) : value.asText(), at + " in body must be of type " + type);
  }
}
