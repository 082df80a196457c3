package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explicit empty lists of a Gateway API document ({@link
 * GatewayApiResource#explicitlyEmptyLists()}): found when it is read, put back when it is
 * written, so that {@code backendRefs: []} reads back as itself.
 */
final class EmptyLists {
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private EmptyLists() {}

  /** The paths of the empty lists in {@code tree}, e.g. {@code spec.rules[1].backendRefs}. */
  static Set<String> in(JsonNode tree) {
    Set<String> paths = new TreeSet<>();
    collect(tree, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String at, Set<String> paths) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        if (field.getValue().isArray() && field.getValue().isEmpty()) {
          paths.add(path);
        } else {
          collect(field.getValue(), path, paths);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "[" + i + "]", paths);
      }
    }
  }

  /** {@code resource} remembering {@code paths}; itself if there are none. */
  static GatewayApiResource remembered(GatewayApiResource resource, Set<String> paths) {
    if (paths.isEmpty()) {
      return resource;
    }
    try {
      // the generated copy method of every kind; a copy runs the kind's checks again
      Method with = resource.getClass().getMethod("withExplicitlyEmptyLists", Iterable.class);
      with.setAccessible(true);
      return (GatewayApiResource) with.invoke(resource, paths);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(resource.getClass() + " cannot be copied", e);
    }
  }

  /**
   * What the writer writes for {@code value}: the value itself, or for a resource with explicit
   * empty lists, its tree with those lists put back where the list is still empty.
   */
  static Object writable(Object value) {
    if (!(value instanceof GatewayApiResource resource)
        || resource.explicitlyEmptyLists().isEmpty()) {
      return value;
    }
    JsonNode tree = Trees.of(resource);
    for (String path : resource.explicitlyEmptyLists()) {
      putBack(tree, path);
    }
    return tree;
  }

  private static void putBack(JsonNode tree, String path) {
    String[] steps = path.split("\\.");
    JsonNode at = tree;
    for (int s = 0; s < steps.length; s++) {
      Matcher step = STEP.matcher(steps[s]);
      if (!step.matches() || !at.isObject()) {
        return;
      }
      String name = step.group(1);
      boolean last = s == steps.length - 1 && step.group(2).isEmpty();
      if (last) {
        if (!at.has(name)) {
          ((ObjectNode) at).set(name, JsonNodeFactory.instance.arrayNode());
        }
        return;
      }
      at = at.path(name);
      Matcher index = INDEX.matcher(step.group(2));
      while (index.find()) {
        int i = Integer.parseInt(index.group(1));
        if (!(at instanceof ArrayNode list) || i >= list.size()) {
          return;
        }
        at = list.get(i);
      }
    }
  }
}
