package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Writes model values into a JSON object, leaving out what is unset or empty. */
final class TreeWriter {
  private final ObjectNode node = JsonNodeFactory.instance.objectNode();

  ObjectNode node() {
    return node;
  }

  TreeWriter string(String name, String value) {
    if (!value.isEmpty()) {
      node.put(name, value);
    }
    return this;
  }

  TreeWriter integer(String name, Optional<Integer> value) {
    value.ifPresent(v -> node.put(name, v));
    return this;
  }

  TreeWriter number(String name, Optional<Double> value) {
    value.ifPresent(v -> {
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        node.put(name, v.longValue());
      } else {
        node.put(name, v);
      }
    });
    return this;
  }

  TreeWriter bool(String name, Optional<Boolean> value) {
    value.ifPresent(v -> node.put(name, v));
    return this;
  }

  TreeWriter strings(String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(array::add);
    }
    return this;
  }

  TreeWriter stringMap(String name, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode map = node.putObject(name);
      values.forEach(map::put);
    }
    return this;
  }

  <T> TreeWriter object(String name, Optional<T> value, Function<T, JsonNode> write) {
    value.ifPresent(v -> node.set(name, write.apply(v)));
    return this;
  }

  <T> TreeWriter objects(String name, List<T> values, Function<T, JsonNode> write) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(v -> array.add(write.apply(v)));
    }
    return this;
  }

  <T> TreeWriter objectMap(String name, Map<String, T> values, Function<T, JsonNode> write) {
    if (!values.isEmpty()) {
      ObjectNode map = node.putObject(name);
      values.forEach((k, v) -> map.set(k, write.apply(v)));
    }
    return this;
  }

  TreeWriter rest(Unmodelled unmodelled) {
    unmodelled.writeTo(node);
    return this;
  }
}
