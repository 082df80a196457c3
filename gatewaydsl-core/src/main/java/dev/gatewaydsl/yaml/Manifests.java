package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.ManifestAnalyzer;
import dev.gatewaydsl.internal.ReadingTarget;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes resources as YAML that {@code kubectl apply}, Argo CD and Flux accept and that diffs
 * cleanly: one multi-document stream, documents separated by {@code ---}, keys in Kubernetes order
 * ({@code apiVersion}, {@code kind}, {@code metadata}, {@code spec}, then the API's own field
 * order), map keys sorted, unset fields and empty lists left out, block style with two-space
 * indentation, LF line ends and one trailing newline.
 *
 * <p>A string is quoted exactly when a YAML 1.1 or 1.2 reader could take it for something else:
 * {@code "15021"}, {@code "on"}, {@code "0x1F"}, {@code "2001-12-14"}, {@code ""}. Strings with
 * line breaks are written as block literals. The same input gives byte-identical output.
 */
public final class Manifests {

  private static final YAMLMapper MAPPER = YAMLMapper.builder(new KubernetesYamlFactory())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .defaultPropertyInclusion(
          JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
      .addModule(new Jdk8Module())
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer();

  /** Between two documents of a stream. */
  static final String DOCUMENT_SEPARATOR = "---\n";

  private Manifests() {}

  /** The YAML stream of {@code resources}, in the order given. */
  public static String toYaml(KubernetesResource... resources) {
    return toYaml(Arrays.asList(resources));
  }

  /** The YAML stream of {@code resources}, in iteration order. */
  public static String toYaml(Collection<? extends KubernetesResource> resources) {
    StringBuilder out = new StringBuilder(1024 * Math.max(1, resources.size()));
    boolean first = true;
    for (KubernetesResource resource : resources) {
      Objects.requireNonNull(resource, "resources must not contain null");
      if (!first) {
        out.append(DOCUMENT_SEPARATOR);
      }
      out.append(toYaml(resource));
      first = false;
    }
    return out.toString();
  }

  /** Writes the YAML stream of {@code resources} to {@code out}, in iteration order. */
  public static void writeYaml(Iterable<? extends KubernetesResource> resources, Writer out)
      throws IOException {
    boolean first = true;
    for (KubernetesResource resource : resources) {
      Objects.requireNonNull(resource, "resources must not contain null");
      if (!first) {
        out.write(DOCUMENT_SEPARATOR);
      }
      out.write(toYaml(resource));
      first = false;
    }
  }

  /**
   * Reads every document of a YAML stream into model objects, in order; empty documents are
   * skipped. Reading is strict, like {@code kubectl apply --validate=strict}: an unknown field, an
   * unknown kind, a value of the wrong type or a duplicate key is an error, and every resource is
   * validated as when it is built. Scalars resolve as Kubernetes' YAML 1.1 parser resolves them.
   *
   * <p>Limits: at most 16 Mi characters per stream and 1 Mi per line, 50 aliases of lists or maps per document,
   * 1,000,000 values per document after aliases are expanded (so a "billion laughs" document fails
   * at once), 64 levels of nesting. No type named in the YAML is ever instantiated.
   *
   * @throws ManifestReadException naming the document (from 0), resource and field path
   */
  public static List<KubernetesResource> fromYaml(String yaml) {
    return ManifestReader.read(new StringReader(yaml), "");
  }

  /**
   * Same as {@link #fromYaml(String)}, with Gateway API resources built for {@code target}: their
   * apiVersions and fields are checked against what it serves, and {@code target()} is set. The
   * overloads without a target read for {@link GatewayApiTarget#V1_6_STANDARD}.
   */
  public static List<KubernetesResource> fromYaml(String yaml, GatewayApiTarget target) {
    return ReadingTarget.with(target, () -> ManifestReader.read(new StringReader(yaml), ""));
  }

  /** Same as {@link #fromYaml(String)}, from {@code yaml}; the reader is not closed. */
  public static List<KubernetesResource> fromYaml(Reader yaml) {
    return ManifestReader.read(yaml, "");
  }

  /**
   * Same as {@link #fromYaml(String)}, from the UTF-8 file {@code file}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<KubernetesResource> fromYaml(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ManifestReader.read(in, file + " ");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Same as {@link #fromYaml(Path)}, with Gateway API resources built for {@code target} as in
   * {@link #fromYaml(String, GatewayApiTarget)}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<KubernetesResource> fromYaml(Path file, GatewayApiTarget target) {
    return ReadingTarget.with(target, () -> fromYaml(file));
  }

  private static String toYaml(KubernetesResource resource) {
    try {
      return WRITER.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + resource.kind() + " \""
          + resource.metadata().name() + "\" as YAML", e);
    }
  }

  /**
   * Writes {@code resources} into {@code dir}, one file per resource plus a {@code
   * kustomization.yaml}, atomically and without touching unchanged files; see {@link
   * ManifestDirectory}.
   */
  public static WriteReport writeTo(Path dir, Collection<? extends KubernetesResource> resources,
      WriteOptions options) throws IOException {
    return ManifestDirectory.write(dir, resources, options);
  }

  /**
   * The problems between {@code resources} that no single one shows (broken references between
   * routes, Gateways and Services, Services that select no pods, ...); see {@link
   * ManifestAnalyzer}.
   */
  public static List<Diagnostic> analyze(Collection<? extends KubernetesResource> resources) {
    return ManifestAnalyzer.analyze(resources);
  }

  /** {@link #analyze(Collection)} with {@code extraRules} run after the core rules. */
  public static List<Diagnostic> analyze(Collection<? extends KubernetesResource> resources,
      List<? extends AnalysisRule> extraRules) {
    return ManifestAnalyzer.analyze(resources, extraRules);
  }
}
