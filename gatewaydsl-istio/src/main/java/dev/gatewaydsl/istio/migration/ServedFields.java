package dev.gatewaydsl.istio.migration;

import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields a {@link GatewayApiTarget} serves, from the catalog core generates from the CRDs
 * ({@code gateway-api-fields.txt} beside {@code GatewayApiTarget}), so that the conversion only
 * writes what the target accepts and reports the rest.
 */
final class ServedFields {
  private static final Map<String, Set<String>> CATALOG = load();

  private ServedFields() {}

  /** Whether {@code target} serves {@code kind} at all. */
  static boolean servesKind(GatewayApiTarget target, String kind) {
    return !target.servedVersions(kind).isEmpty();
  }

  /** Whether {@code target} serves the field {@code path} (as {@code spec.rules[].name}). */
  static boolean serves(GatewayApiTarget target, String kind, String path) {
    List<String> versions = target.servedVersions(kind);
    if (versions.isEmpty()) {
      return false;
    }
    String key = target.release() + "/" + target.channel() + " " + kind + " " + versions.get(0);
    return CATALOG.getOrDefault(key, Set.of()).contains(path);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> catalog = new HashMap<>();
    try (InputStream in = GatewayApiTarget.class.getResourceAsStream("gateway-api-fields.txt")) {
      if (in == null) {
        throw new IllegalStateException("gateway-api-fields.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      Set<String> current = new HashSet<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("@ ")) {
          current = catalog.computeIfAbsent(line.substring(2), k -> new HashSet<>());
        } else if (!line.startsWith("#") && !line.isBlank()) {
          current.add(line.replace("[+]", "[]"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return catalog;
  }
}
