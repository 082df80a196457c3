package dev.gatewaydsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.UpstreamData;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document of real repositories' manifests is read with the library's reader and written
 * back with its writer as the same JSON tree: the Gateway API v1.6.1 conformance manifests (with
 * the placeholders the conformance suite overwrites set as it sets them), Istio's 1.30.3 samples
 * and the AKS store demo. Each document is its own test, named by file, index, kind and name.
 *
 * <p>The trees are read with a plain YAML mapper, independent of the library, and compared as the
 * API server sees them: a string stays a string ({@code "80"} is not {@code 80}), numbers compare
 * by value ({@code 100.0} is the number 100, as kubectl sends it).
 */
class RealRepositoriesRoundTripTest {

  /** {@code --gateway-class} of the conformance suite, its default ({@code flags.go}). */
  static final String GATEWAY_CLASS = "gateway-conformance";
  /** The controller of the GatewayClass under test; any domain-prefixed path will do. */
  static final String CONTROLLER_NAME = "example.com/gateway-controller";
  /** One address for each of the suite's address pools (documentation ranges, RFC 5737). */
  static final String USABLE_ADDRESS = "192.0.2.10";
  static final String UNUSABLE_ADDRESS = "198.51.100.10";

  /** Numbers by value, everything else exactly. */
  static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  /** The files of one repository at one tag, and how its tool applies a document. */
  record Source(String name, Path root, List<Path> files, UnaryOperator<ObjectNode> asApplied) {}

  /** One document of a file, as written there and as its tool applies it. */
  record Document(String file, int index, String text, ObjectNode original, ObjectNode applied) {
    String name() {
      JsonNode metadata = original.path("metadata");
      String namespace = metadata.path("namespace").asText("");
      return file + " #" + index + " " + original.path("kind").asText() + " "
          + (namespace.isEmpty() ? "" : namespace + "/") + metadata.path("name").asText();
    }
  }

  static List<Source> sources() {
    Path gatewayApi = UpstreamData.gatewayApi().resolve("v1.6.1");
    List<Path> conformance = new ArrayList<>(yamlFiles(gatewayApi.resolve("conformance/tests"),
        1));
    conformance.add(gatewayApi.resolve("conformance/base/manifests.yaml"));
    Path istio = UpstreamData.istio().resolve("1.30.3");
    Path aks = UpstreamData.aksStoreDemo().resolve("2.2.0");
    return List.of(
        new Source("Gateway API v1.6.1 conformance", gatewayApi, conformance,
            RealRepositoriesRoundTripTest::asTheConformanceSuiteApplies),
        new Source("Istio 1.30.3 samples", istio, yamlFiles(istio, Integer.MAX_VALUE),
            UnaryOperator.identity()),
        new Source("AKS store demo 2.2.0", aks, yamlFiles(aks, Integer.MAX_VALUE),
            UnaryOperator.identity()));
  }

  @TestFactory
  Stream<DynamicNode> everyDocumentIsWrittenBackAsTheSameTree() {
    List<Source> sources = sources();
    // the copies are all there: 132 test files and the base, and the samples named in the README
    assertThat(sources.get(0).files()).hasSize(133);
    assertThat(sources.get(1).files()).hasSize(33);
    assertThat(sources.get(2).files()).hasSize(4);
    return sources.stream().map(source -> DynamicContainer.dynamicContainer(source.name(),
        source.files().stream().map(file -> {
          String relative = source.root().relativize(file).toString();
          List<Document> documents = documents(relative, file, source.asApplied());
          return DynamicContainer.dynamicContainer(relative, documents.stream().map(document ->
              DynamicTest.dynamicTest(document.name(), file.toUri(),
                  () -> roundTrip(document))));
        })));
  }

  static void roundTrip(Document document) throws IOException {
    ObjectNode applied = document.applied();
    // what the tool applies, as text: the file's own text unless a placeholder was set
    String input = applied.equals(document.original()) ? document.text()
        : Upstream.YAML.writeValueAsString(applied);
    GatewayApiTarget target = channelOf(applied);
    List<KubernetesResource> read;
    try {
      read = Manifests.fromYaml(input, target);
    } catch (RuntimeException e) {
      throw new AssertionError(document.name() + ": not read: " + e.getMessage(), e);
    }
    assertThat(read).as(document.name() + ": resources read").hasSize(1);
    String yaml = Manifests.toYaml(read);
    List<JsonNode> written = Upstream.documents(yaml);
    assertThat(written).as(document.name() + ": documents written").hasSize(1);
    boolean builtIn = BUILT_IN_GROUPS.contains(group(applied));
    List<String> differences = new ArrayList<>();
    differences("", asTheApiServerStores(applied, builtIn),
        asTheApiServerStores(written.get(0), builtIn), differences);
    if (!differences.isEmpty()) {
      fail(document.name() + ": written back differently (" + differences.size()
          + " differences): " + String.join("; ", differences) + "\nwritten:\n" + yaml);
    }
  }

  /**
   * The Gateway API channel a cluster needs for {@code document}: the standard channel of v1.6.1
   * when its CRD serves the kind, version and every field the document has (checked against the
   * CRD schema here, not by the library), else the experimental one. Other documents are read
   * with the default target.
   */
  static GatewayApiTarget channelOf(JsonNode document) {
    if (!Upstream.isGatewayApi(document)) {
      return GatewayApiTarget.V1_6_STANDARD;
    }
    if (Upstream.targetOf(document) != GatewayApiTarget.V1_6_STANDARD) {
      return GatewayApiTarget.V1_6_EXPERIMENTAL;
    }
    String apiVersion = document.path("apiVersion").asText();
    JsonNode schema = Upstream.schema(GatewayApiTarget.V1_6_STANDARD,
        document.path("kind").asText(), apiVersion.substring(apiVersion.indexOf('/') + 1))
        .orElseThrow();
    return serves(schema.path("properties").path("spec"), document.path("spec"))
        ? GatewayApiTarget.V1_6_STANDARD : GatewayApiTarget.V1_6_EXPERIMENTAL;
  }

  /** Whether {@code schema} has every field of {@code value}, at every depth. */
  private static boolean serves(JsonNode schema, JsonNode value) {
    if (value.isObject()) {
      if (schema.has("additionalProperties")) {
        return true;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode property = schema.path("properties").path(field.getKey());
        if (property.isMissingNode() || !serves(property, field.getValue())) {
          return false;
        }
      }
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (!serves(schema.path("items"), item)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The API groups of the kinds built into the API server that these manifests use. */
  static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy",
      "networking.k8s.io", "discovery.k8s.io", "rbac.authorization.k8s.io");

  /** The fields of built-in kinds that hold a Go map, left out of the stored object when empty. */
  private static final Set<String> MAP_FIELDS_AT_TOP = Set.of("data", "binaryData", "stringData");

  private static String group(JsonNode document) {
    String apiVersion = document.path("apiVersion").asText();
    return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
  }

  /**
   * {@code tree} as the API server stores it, where that is known without the schema: a field
   * set to null is left out (a custom resource's non-nullable fields are pruned, and no Gateway
   * API field is nullable; a built-in kind's field takes its zero value); for a built-in kind, a
   * field holding an empty list is left out, and so are empty {@code data}, {@code binaryData},
   * {@code stringData}, {@code labels} and {@code annotations} maps (Go slices and maps with
   * {@code omitempty}). An empty object is kept: {@code emptyDir: {}} is a struct, and means
   * something.
   */
  static JsonNode asTheApiServerStores(JsonNode tree, boolean builtIn) {
    JsonNode copy = tree.deepCopy();
    leaveOutEmpty(copy, builtIn, "");
    return copy;
  }

  private static void leaveOutEmpty(JsonNode node, boolean builtIn, String at) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        leaveOutEmpty(field.getValue(), builtIn, path);
        JsonNode value = field.getValue();
        boolean mapField = at.isEmpty() && MAP_FIELDS_AT_TOP.contains(field.getKey())
            || (at.equals("metadata") || at.endsWith(".metadata"))
            && (field.getKey().equals("labels") || field.getKey().equals("annotations"));
        if (value.isNull() || builtIn && value.isEmpty()
            && (value.isArray() || value.isObject() && mapField)) {
          fields.remove();
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        leaveOutEmpty(item, builtIn, at + "[]");
      }
    }
  }

  /**
   * {@code document} as the conformance suite applies it, placeholders set ({@code
   * Applier.prepareResources} in {@code conformance/utils/kubernetes/apply.go} at v1.6.1): a
   * GatewayClass gets the controller under test, a Gateway the GatewayClass under test, and a
   * Gateway whose addresses hold {@code PLACEHOLDER_UNUSABLE_ADDRS} or {@code
   * PLACEHOLDER_USABLE_ADDRS} gets those address pools instead, after its {@code
   * test/fake-invalid-type} addresses. (The suite overwrites a Gateway's addresses even when they
   * hold no placeholder, with nothing when no entry is kept, which would drop the address of
   * {@code gateway-optional-address-value.yaml}; such addresses are kept here, to be read.) The
   * suite's Namespace labels and annotations are empty unless configured, so Namespaces stay.
   */
  static ObjectNode asTheConformanceSuiteApplies(ObjectNode document) {
    ObjectNode applied = document.deepCopy();
    switch (applied.path("kind").asText()) {
      case "GatewayClass" -> applied.withObject("spec").put("controllerName", CONTROLLER_NAME);
      case "Gateway" -> {
        ObjectNode spec = applied.withObject("spec");
        spec.put("gatewayClassName", GATEWAY_CLASS);
        boolean usable = false;
        boolean unusable = false;
        ArrayNode addresses = Upstream.YAML.createArrayNode();
        for (JsonNode address : spec.path("addresses")) {
          String value = address.path("value").asText();
          usable |= value.equals("PLACEHOLDER_USABLE_ADDRS");
          unusable |= value.equals("PLACEHOLDER_UNUSABLE_ADDRS");
          if (address.path("type").asText().equals("test/fake-invalid-type")) {
            addresses.addObject().put("type", address.get("type").asText()).put("value", value);
          }
        }
        if (unusable) {
          addresses.addObject().put("type", "IPAddress").put("value", UNUSABLE_ADDRESS);
        }
        if (usable) {
          addresses.addObject().put("type", "IPAddress").put("value", USABLE_ADDRESS);
        }
        if (usable || unusable) {
          spec.set("addresses", addresses);
        }
      }
      default -> { }
    }
    return applied;
  }

  /**
   * The documents of {@code file} with their own text, empty ones left out; the text is cut at
   * the {@code ---} lines, and each piece must read as the document a YAML reader finds there.
   */
  static List<Document> documents(String relative, Path file, UnaryOperator<ObjectNode> asApplied) {
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<JsonNode> trees = Upstream.documents(content);
      List<String> pieces = new ArrayList<>();
      for (String piece : content.split("(?m)^---(?=[ \\t]|$).*$")) {
        if (!Upstream.documents(piece).isEmpty()) {
          pieces.add(piece);
        }
      }
      if (pieces.size() != trees.size()) {
        throw new IllegalStateException(relative + ": " + pieces.size() + " pieces of text for "
            + trees.size() + " documents");
      }
      List<Document> documents = new ArrayList<>();
      for (int i = 0; i < trees.size(); i++) {
        if (!(trees.get(i) instanceof ObjectNode original)
            || !Upstream.documents(pieces.get(i)).get(0).equals(original)) {
          throw new IllegalStateException(relative + " #" + i + ": not a map, or the text cut"
              + " there is another document");
        }
        documents.add(new Document(relative, i, pieces.get(i), original,
            asApplied.apply(original)));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> yamlFiles(Path dir, int depth) {
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.filter(f -> f.toString().endsWith(".yaml") && Files.isRegularFile(f)).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where {@code written} differs from {@code original}, by path: fields left out, fields added,
   * values changed, list items in another order.
   */
  static void differences(String at, JsonNode original, JsonNode written, List<String> out) {
    if (original.isObject() && written.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = original.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        if (!written.has(field.getKey())) {
          out.add(path + ": left out (was " + field.getValue() + ")");
        } else {
          differences(path, field.getValue(), written.get(field.getKey()), out);
        }
      }
      written.fieldNames().forEachRemaining(name -> {
        if (!original.has(name)) {
          out.add((at.isEmpty() ? name : at + "." + name) + ": added (" + written.get(name) + ")");
        }
      });
    } else if (original.isArray() && written.isArray() && original.size() == written.size()) {
      for (int i = 0; i < original.size(); i++) {
        differences(at + "[" + i + "]", original.get(i), written.get(i), out);
      }
    } else if (!original.equals(SAME_NUMBER, written)) {
      out.add(at + ": was " + describe(original) + ", written " + describe(written));
    }
  }

  private static String describe(JsonNode value) {
    return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
  }
}
