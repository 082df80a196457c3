package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads YAML streams that mix Istio's networking resources with other Kubernetes resources.
 *
 * <p>The stream is split at its document markers; a document whose {@code apiVersion} is in the
 * {@code networking.istio.io} group is read here (Gateway, VirtualService and DestinationRule, any
 * of {@link IstioResource#VERSIONS}; another Istio kind is an error), every other document is read
 * by {@link Manifests#fromYaml(String, GatewayApiTarget)}, with its strictness and limits. The
 * Istio documents are read the same way, with the same limits: SnakeYAML's composer only, YAML 1.1
 * scalars as Kubernetes resolves them, at most 16 Mi characters per stream, 50 aliases of lists
 * or maps and 1,000,000 values after their expansion per document, 64 levels of nesting, no
 * duplicate keys. Unmodelled fields of
 * Istio resources are kept (see {@link Unmodelled}).
 */
public final class IstioManifests {
  /** Largest stream read, in characters. */
  static final int MAX_CHARACTERS = 16 * 1024 * 1024;
  private static final Pattern MARKER = Pattern.compile("^(---|\\.\\.\\.)(?=\\s|$).*$");

  private IstioManifests() {}

  /** Reads every document of {@code yaml}, for {@link GatewayApiTarget#V1_6_STANDARD}. */
  public static IstioSet fromYaml(String yaml) {
    return fromYaml(yaml, GatewayApiTarget.V1_6_STANDARD);
  }

  /**
   * Reads every document of {@code yaml}; the Gateway API resources among the others are read for
   * {@code target}.
   *
   * @throws IllegalArgumentException naming the document (from 0) and the problem
   */
  public static IstioSet fromYaml(String yaml, GatewayApiTarget target) {
    return read(yaml, target, "");
  }

  /**
   * Reads the UTF-8 file {@code file} as {@link #fromYaml(String, GatewayApiTarget)} does.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IstioSet fromYaml(Path file, GatewayApiTarget target) {
    try {
      if (Files.size(file) > 4L * MAX_CHARACTERS) {
        throw new IllegalArgumentException(file + ": more than " + MAX_CHARACTERS
            + " characters");
      }
      return read(Files.readString(file, StandardCharsets.UTF_8), target, file + ": ");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads the UTF-8 files {@code files}, in order, as {@link #fromYaml(Path, GatewayApiTarget)}
   * does, into one set.
   *
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IstioSet fromYaml(List<Path> files, GatewayApiTarget target) {
    IstioSet set = new IstioSet(List.of(), List.of());
    for (Path file : files) {
      set = set.and(fromYaml(file, target));
    }
    return set;
  }

  private static IstioSet read(String yaml, GatewayApiTarget target, String source) {
    if (yaml.length() > MAX_CHARACTERS) {
      throw new IllegalArgumentException(source + "more than " + MAX_CHARACTERS + " characters");
    }
    List<IstioResource> istio = new ArrayList<>();
    List<KubernetesResource> others = new ArrayList<>();
    List<String> documents = split(yaml);
    for (int i = 0; i < documents.size(); i++) {
      String text = documents.get(i);
      JsonNode tree;
      try {
        tree = YamlTrees.read(text);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(source + "document " + i + ": is not valid YAML: "
            + oneLine(e.getMessage()), e);
      }
      if (tree == null || tree.isNull() || tree.isMissingNode()) {
        continue;
      }
      String apiVersion = tree.path("apiVersion").asText("");
      try {
        if (apiVersion.startsWith(IstioResource.GROUP + "/")) {
          istio.add(istio(tree));
        } else {
          others.addAll(Manifests.fromYaml(text, target));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + "document " + i + ": "
            + e.getMessage().replaceFirst("^document 0:? ?", ""), e);
      }
    }
    return new IstioSet(istio, others);
  }

  private static IstioResource istio(JsonNode tree) {
    String kind = tree.path("kind").asText("");
    return switch (kind) {
      case "Gateway" -> Gateway.read(tree);
      case "VirtualService" -> VirtualService.read(tree);
      case "DestinationRule" -> DestinationRule.read(tree);
      default -> throw new IllegalArgumentException("unknown kind \"" + kind + "\" (apiVersion \""
          + tree.path("apiVersion").asText("") + "\"); read are Gateway, VirtualService and "
          + "DestinationRule");
    };
  }

  /** The documents of the stream, split at the lines that are document markers. */
  static List<String> split(String yaml) {
    List<String> documents = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean content = false;
    for (String line : yaml.split("\n", -1)) {
      if (MARKER.matcher(line).matches()) {
        if (content) {
          documents.add(current.toString());
        }
        current.setLength(0);
        content = false;
        String rest = line.substring(3).strip();
        if (line.startsWith("---") && !rest.isEmpty()) {
          current.append(rest).append('\n');
          content = !rest.startsWith("#");
        }
        continue;
      }
      current.append(line).append('\n');
      content |= !line.isBlank() && !line.stripLeading().startsWith("#");
    }
    if (content) {
      documents.add(current.toString());
    }
    return documents;
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\n\\s*", " ").strip();
  }
}
