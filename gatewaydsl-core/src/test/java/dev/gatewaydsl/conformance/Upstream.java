package dev.gatewaydsl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The upstream Gateway API data the project carries: example manifests and CRD schemas. */
final class Upstream {
  static final Path GATEWAY_API = UpstreamData.gatewayApi();
  static final String GROUP = "gateway.networking.k8s.io";
  static final YAMLMapper YAML = new YAMLMapper();

  private static final Map<String, JsonNode> SCHEMAS = new HashMap<>();

  private Upstream() {}

  /** One document of an upstream example file. */
  record Example(String file, int index, ObjectNode document) {
    String name() {
      return file + "#" + index;
    }
  }

  /** Every document of every example file under {@code v1.6.1/examples}, in path order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    Path root = GATEWAY_API.resolve("v1.6.1/examples");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        int index = 0;
        for (JsonNode document : documents(Files.readString(file, StandardCharsets.UTF_8))) {
          if (document instanceof ObjectNode object) {
            examples.add(new Example(root.relativize(file).toString(), index, object));
          }
          index++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples;
  }

  static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNext()) {
        JsonNode document = it.next();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  static boolean isGatewayApi(JsonNode document) {
    return document.path("apiVersion").asText().startsWith(GROUP + "/");
  }

  /**
   * The target crd-check's default CRD set checks {@code document} with: the v1.6.1 standard
   * channel when it serves the kind and version, else the experimental one.
   */
  static GatewayApiTarget targetOf(JsonNode document) {
    String kind = document.path("kind").asText();
    String apiVersion = document.path("apiVersion").asText();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    return GatewayApiTarget.V1_6_STANDARD.servedVersions(kind).contains(version)
        ? GatewayApiTarget.V1_6_STANDARD : GatewayApiTarget.V1_6_EXPERIMENTAL;
  }

  /** The openAPIV3Schema of {@code kind} {@code version} in the channel of {@code target}. */
  static Optional<JsonNode> schema(GatewayApiTarget target, String kind, String version) {
    String key = target.release() + "/" + target.channel() + "/" + kind + "/" + version;
    synchronized (SCHEMAS) {
      if (SCHEMAS.isEmpty()) {
        loadSchemas();
      }
      return Optional.ofNullable(SCHEMAS.get(key));
    }
  }

  private static void loadSchemas() {
    for (GatewayApiTarget target : GatewayApiTarget.values()) {
      String release = target.release();
      String channel = target.channel();
      try (Stream<Path> files = Files.list(GATEWAY_API.resolve(release).resolve(channel))) {
        for (Path file : files.sorted().toList()) {
          for (JsonNode crd : documents(Files.readString(file, StandardCharsets.UTF_8))) {
            if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
              continue;
            }
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
              SCHEMAS.put(release + "/" + channel + "/" + kind + "/"
                  + version.path("name").asText(), version.path("schema").path("openAPIV3Schema"));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
