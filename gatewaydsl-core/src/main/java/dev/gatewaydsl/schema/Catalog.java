package dev.gatewaydsl.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The schema facts of one Gateway API release and channel, as its CRDs state them: which versions
 * of which kind it serves, their fields and each field's facts. Read from {@code
 * gateway-api-schema.txt} next to this class, which is generated from the CRDs of every supported
 * release; a kind's schema is parsed when it is first asked for.
 */
public final class Catalog {
  private static final ConcurrentHashMap<String, Catalog> TARGETS = new ConcurrentHashMap<>();

  private final String release;
  private final String channel;
  private final Map<String, List<String>> versions = new LinkedHashMap<>();
  private final ConcurrentHashMap<String, Schema> schemas = new ConcurrentHashMap<>();

  private Catalog(String release, String channel) {
    this.release = release;
    this.channel = channel;
    String prefix = release + "/" + channel + " ";
    for (String header : Text.INSTANCE.blocks.keySet()) {
      if (header.startsWith(prefix)) {
        String[] kindVersion = header.substring(prefix.length()).split(" ");
        versions.computeIfAbsent(kindVersion[0], k -> new ArrayList<>()).add(kindVersion[1]);
      }
    }
  }

  /** The catalog of {@code release} (e.g. {@code v1.6.1}) and {@code channel}. */
  public static Catalog of(String release, String channel) {
    return TARGETS.computeIfAbsent(release + "/" + channel, k -> new Catalog(release, channel));
  }

  /** The release, e.g. {@code v1.6.1}. */
  public String release() {
    return release;
  }

  /** The channel: {@code standard} or {@code experimental}. */
  public String channel() {
    return channel;
  }

  /** The versions of {@code kind} served, newest first; empty if there is no such kind. */
  public List<String> versions(String kind) {
    return versions.getOrDefault(kind, List.of());
  }

  /** The schema of {@code kind} as {@code version}; with no field if that is not served. */
  public Schema schema(String kind, String version) {
    String header = release + "/" + channel + " " + kind + " " + version;
    if (!Text.INSTANCE.blocks.containsKey(header)) {
      return Schema.NONE;
    }
    return schemas.computeIfAbsent(kind + " " + version, k -> Text.INSTANCE.schema(header));
  }

  /** The catalog's text, split into blocks by header; a block's lines are parsed on demand. */
  private static final class Text {
    static final Text INSTANCE = read();

    /** The shared pattern ({@link Pattern}) and enum ({@code List<String>}) texts, by id. */
    final List<Object> shared = new ArrayList<>();
    /** By header ({@code v1.6.1/standard HTTPRoute v1}): its lines, or the header it equals. */
    final Map<String, Object> blocks = new LinkedHashMap<>();
    final Map<String, Schema> parsed = new ConcurrentHashMap<>();

    private static Text read() {
      String text;
      try (InputStream in = Catalog.class.getResourceAsStream("gateway-api-schema.txt")) {
        if (in == null) {
          throw new IllegalStateException("gateway-api-schema.txt is missing from the classpath");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Text catalog = new Text();
      List<String> lines = Arrays.asList(text.split("\n"));
      List<String> current = null;
      for (String line : lines) {
        if (line.startsWith("% ")) {
          int space = line.indexOf(' ', 2);
          String shared = line.substring(space + 1);
          catalog.shared.add(shared.charAt(0) == '~' ? Pattern.compile(shared.substring(1))
              : List.of(shared.substring(1).split("\\|")));
        } else if (line.startsWith("@ ")) {
          int same = line.indexOf(" = ");
          if (same > 0) {
            catalog.blocks.put(line.substring(2, same), line.substring(same + 3));
            current = null;
          } else {
            current = new ArrayList<>();
            catalog.blocks.put(line.substring(2), current);
          }
        } else if (current != null && !line.isBlank()) {
          current.add(line);
        }
      }
      return catalog;
    }

    Schema schema(String header) {
      Object block = blocks.get(header);
      if (block instanceof String same) {
        return schema(same);
      }
      return parsed.computeIfAbsent(header, h -> {
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) block;
        Map<String, Facts> facts = new HashMap<>();
        for (String line : lines) {
          String[] tokens = line.split(" ");
          facts.put(tokens[0], tokens.length == 1 ? Facts.NONE : Facts.parse(tokens, 1, shared));
        }
        return new Schema(facts);
      });
    }
  }
}
