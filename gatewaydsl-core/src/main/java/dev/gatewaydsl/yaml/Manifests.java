package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.ManifestAnalyzer;
import dev.gatewaydsl.internal.IoReasons;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes resources as YAML that {@code kubectl apply}, Argo CD and Flux accept and that diffs
 * cleanly: one multi-document stream, documents separated by {@code ---}, keys in Kubernetes order
 * ({@code apiVersion}, {@code kind}, {@code metadata}, {@code spec}, then the API's own field
 * order), map keys sorted, unset fields and empty lists left out (but for the explicit empty lists
 * a Gateway API document was read with, see {@code GatewayApiResource.explicitlyEmptyLists()}),
 * block style with two-space indentation, LF line ends and one trailing newline.
 *
 * <p>A string is quoted exactly when a YAML 1.1 or 1.2 reader could take it for something else:
 * {@code "15021"}, {@code "on"}, {@code "0x1F"}, {@code "2001-12-14"}, {@code ""}. Strings with
 * line breaks are written as block literals. The same input gives byte-identical output.
 */
public final class Manifests {

  /**
   * The SnakeYAML-based writer, for the documents {@link BlockYamlGenerator} leaves to it; built
   * on first use, so writing ordinary manifests never loads it.
   */
  private static final class SnakeYamlPath {
    static final KubernetesYamlFactory FACTORY = new KubernetesYamlFactory();

    static {
      FACTORY.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
      FACTORY.disable(YAMLGenerator.Feature.SPLIT_LINES);
      FACTORY.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
      FACTORY.enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
      FACTORY.disable(YAMLGenerator.Feature.INDENT_ARRAYS);
    }

    static String write(Object value) throws IOException {
      StringBuilderWriter out = new StringBuilderWriter(256);
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        Trees.write(EmptyLists.writable(value), generator);
      }
      return out.toString();
    }
  }

  private static final int GENERATOR_FEATURES = JsonGenerator.Feature.collectDefaults();

  /** Between two documents of a stream. */
  static final String DOCUMENT_SEPARATOR = "---\n";

  private Manifests() {}

  /** The YAML stream of {@code resources}, in the order given. */
  public static String toYaml(KubernetesResource... resources) {
    return toYaml(Arrays.asList(resources));
  }

  /** The YAML stream of {@code resources}, in iteration order. */
  public static String toYaml(Collection<? extends KubernetesResource> resources) {
    // about 1 KiB per document, at most 16 Mi characters up front
    int capacity = (int) Math.min(1L << 24, 1024L * Math.max(1, resources.size()));
    StringBuilderWriter out = new StringBuilderWriter(capacity);
    try {
      write(resources.iterator(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilderWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes the YAML stream of {@code resources} to {@code out}, in iteration order, as it goes:
   * each resource is written before the next is taken, so a lazy {@code Iterable} of any length
   * is written in the memory of one resource. {@code out} is flushed, not closed.
   */
  public static void writeYaml(Iterable<? extends KubernetesResource> resources, Writer out)
      throws IOException {
    write(resources.iterator(), out);
  }

  /**
   * Writes the YAML stream of {@code resources} to {@code out}, in encounter order, as it goes
   * (see {@link #writeYaml(Iterable, Writer)}). The stream is consumed, not closed; {@code out} is
   * flushed, not closed.
   */
  public static void writeYaml(Stream<? extends KubernetesResource> resources, Writer out)
      throws IOException {
    write(resources.iterator(), out);
  }

  /**
   * Writes the YAML stream of {@code resources} to {@code out} in UTF-8, in iteration order, as it
   * goes (see {@link #writeYaml(Iterable, Writer)}). {@code out} is flushed, not closed.
   */
  public static void writeYaml(Iterable<? extends KubernetesResource> resources,
      OutputStream out) throws IOException {
    writeUtf8(resources.iterator(), out);
  }

  /**
   * Writes the YAML stream of {@code resources} to {@code out} in UTF-8, in encounter order, as it
   * goes (see {@link #writeYaml(Iterable, Writer)}). The stream is consumed, not closed; {@code
   * out} is flushed, not closed.
   */
  public static void writeYaml(Stream<? extends KubernetesResource> resources, OutputStream out)
      throws IOException {
    writeUtf8(resources.iterator(), out);
  }

  private static void writeUtf8(Iterator<? extends KubernetesResource> resources,
      OutputStream out) throws IOException {
    Writer utf8 = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    write(resources, utf8);
    utf8.flush();
  }

  /**
   * Each document on its own, {@code ---} between documents, none before the first. A document
   * is written by {@link BlockYamlGenerator} where it can, else by the SnakeYAML-based generator;
   * both give the same text.
   */
  private static void write(Iterator<? extends KubernetesResource> resources, Writer out)
      throws IOException {
    StringBuilder document = new StringBuilder(4096);
    boolean first = true;
    while (resources.hasNext()) {
      KubernetesResource resource =
          Objects.requireNonNull(resources.next(), "resources must not contain null");
      if (!first) {
        out.write(DOCUMENT_SEPARATOR);
      }
      document.setLength(0);
      writeDocument(resource, document);
      out.append(document);
      first = false;
    }
    out.flush();
  }

  /** One document as the SnakeYAML-based generator writes it; for tests. */
  static String snakeYamlDocument(Object value) throws IOException {
    return SnakeYamlPath.write(value);
  }

  /** One document as {@link BlockYamlGenerator} writes it, or null if it leaves it to SnakeYAML. */
  static String blockYamlDocument(Object value) throws IOException {
    StringBuilder document = new StringBuilder();
    BlockYamlGenerator fast = new BlockYamlGenerator(GENERATOR_FEATURES, document);
    Trees.write(EmptyLists.writable(value), fast);
    return fast.isComplete() ? document.toString() : null;
  }

  private static void writeDocument(KubernetesResource resource, StringBuilder document) {
    try {
      BlockYamlGenerator fast = new BlockYamlGenerator(GENERATOR_FEATURES, document);
      Trees.write(EmptyLists.writable(resource), fast);
      if (!fast.isComplete()) {
        document.setLength(0);
        document.append(SnakeYamlPath.write(resource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + resource.kind() + " \""
          + resource.metadata().name() + "\" as YAML", e);
    }
  }

  /**
   * The JSON tree of the first YAML document of {@code yaml}, as the reader turns YAML into JSON
   * (the way {@code kubectl} does, with the reader's limits), for YAML that is not a manifest, such
   * as a value in a ConfigMap; null if there is no document or it is empty.
   *
   * @throws ManifestReadException if {@code yaml} is not valid YAML
   */
  public static JsonNode readTree(String yaml) {
    return ManifestReader.tree(yaml);
  }

  /**
   * Reads every document of a YAML stream into model objects, in order; empty documents are
   * skipped. Reading is strict, like {@code kubectl apply --validate=strict}: an unknown field, a
   * value of the wrong type or a duplicate key is an error, and every resource is validated as
   * when it is built. A kind the library does not model (a cert-manager {@code Certificate}, an
   * Istio {@code VirtualService}, a {@code StatefulSet}, ...) is read as a {@link
   * dev.gatewaydsl.model.GenericResource}, kept whole and validated only for what every object
   * has; to refuse such kinds instead, read with {@link ReadOptions#withStrictKinds(boolean)
   * strict kinds}. An unknown kind of the Gateway API group is always an error. Scalars resolve as
   * kubectl's parser (go-yaml v2) resolves them:
   * {@code y}, {@code on} and {@code yes} are booleans, {@code 012} is octal, {@code 1:20} and
   * timestamps are strings, {@code 80.0} is the integer 80, {@code 80.5} is refused where an
   * integer goes; merge keys ({@code <<}) are applied, and a {@code v1 List} is read as its items.
   *
   * <p>Limits, on what is materialised: at most 16 Mi characters per stream, and per document
   * after aliases are expanded; 1 Mi per line; 50 aliases per document; 1,000,000 values per
   * document after expansion (so a "billion laughs" document fails at once); 64 levels of nesting;
   * each list's {@code maxItems}, checked before its items are read. No type named in the YAML is
   * ever instantiated.
   *
   * <p>This is {@link #readYaml(Reader)} collected into a list, with the stream limited too.
   *
   * @throws ManifestReadException naming the document (from 0), resource and field path
   */
  public static List<KubernetesResource> fromYaml(String yaml) {
    return fromYaml(yaml, GatewayApiTarget.V1_6_STANDARD);
  }

  /**
   * Same as {@link #fromYaml(String)}, with Gateway API resources built for {@code target}: their
   * apiVersions and fields are checked against what it serves, and {@code target()} is set. The
   * overloads without a target read for {@link GatewayApiTarget#V1_6_STANDARD}.
   */
  public static List<KubernetesResource> fromYaml(String yaml, GatewayApiTarget target) {
    return fromYaml(yaml, ReadOptions.defaults().withTarget(target));
  }

  /**
   * Same as {@link #fromYaml(String)}, read as {@code options} say: for their {@link
   * ReadOptions#target() target}, and with or without {@link ReadOptions#strictKinds() strict
   * kinds}.
   */
  public static List<KubernetesResource> fromYaml(String yaml, ReadOptions options) {
    return ManifestReader.read(new StringReader(yaml), "", Objects.requireNonNull(options,
        "options"));
  }

  /** Same as {@link #fromYaml(String)}, from {@code yaml}; the reader is not closed. */
  public static List<KubernetesResource> fromYaml(Reader yaml) {
    return ManifestReader.read(yaml, "", ReadOptions.defaults());
  }

  /**
   * Same as {@link #fromYaml(String, GatewayApiTarget)}, from {@code yaml} (not closed), recording
   * in {@code lines} the line each document and field starts on, e.g. to report a problem with
   * its file and line.
   */
  public static List<KubernetesResource> fromYaml(Reader yaml, GatewayApiTarget target,
      ManifestLines lines) {
    return fromYaml(yaml, ReadOptions.defaults().withTarget(target), lines);
  }

  /**
   * Same as {@link #fromYaml(Reader, GatewayApiTarget, ManifestLines)}, read as {@code options}
   * say (see {@link #fromYaml(String, ReadOptions)}).
   */
  public static List<KubernetesResource> fromYaml(Reader yaml, ReadOptions options,
      ManifestLines lines) {
    Objects.requireNonNull(lines, "lines");
    return ManifestReader.read(yaml, "", Objects.requireNonNull(options, "options"), lines);
  }

  /**
   * Same as {@link #fromYaml(String)}, from the UTF-8 file {@code file}.
   *
   * @throws ManifestReadException also if the file cannot be read, saying why ({@code cannot read
   *     x.yaml: Permission denied}), or is not UTF-8 ({@code invalid UTF-8 at byte 1,234 (counted
   *     from 0)})
   */
  public static List<KubernetesResource> fromYaml(Path file) {
    return fromYaml(file, GatewayApiTarget.V1_6_STANDARD);
  }

  /**
   * Same as {@link #fromYaml(Path)}, with Gateway API resources built for {@code target} as in
   * {@link #fromYaml(String, GatewayApiTarget)}.
   *
   * @throws ManifestReadException as {@link #fromYaml(Path)}
   */
  public static List<KubernetesResource> fromYaml(Path file, GatewayApiTarget target) {
    return read(file, ReadOptions.defaults().withTarget(target), null);
  }

  /**
   * Same as {@link #fromYaml(Path)}, read as {@code options} say (see {@link #fromYaml(String,
   * ReadOptions)}).
   *
   * @throws ManifestReadException as {@link #fromYaml(Path)}
   */
  public static List<KubernetesResource> fromYaml(Path file, ReadOptions options) {
    return read(file, Objects.requireNonNull(options, "options"), null);
  }

  /**
   * Same as {@link #fromYaml(Path, GatewayApiTarget)}, recording in {@code lines} the line each
   * document and field starts on, as {@link #fromYaml(Reader, GatewayApiTarget, ManifestLines)}.
   *
   * @throws ManifestReadException as {@link #fromYaml(Path)}
   */
  public static List<KubernetesResource> fromYaml(Path file, GatewayApiTarget target,
      ManifestLines lines) {
    return fromYaml(file, ReadOptions.defaults().withTarget(target), lines);
  }

  /**
   * Same as {@link #fromYaml(Path, GatewayApiTarget, ManifestLines)}, read as {@code options} say
   * (see {@link #fromYaml(String, ReadOptions)}).
   *
   * @throws ManifestReadException as {@link #fromYaml(Path)}
   */
  public static List<KubernetesResource> fromYaml(Path file, ReadOptions options,
      ManifestLines lines) {
    return read(file, Objects.requireNonNull(options, "options"),
        Objects.requireNonNull(lines, "lines"));
  }

  private static List<KubernetesResource> read(Path file, ReadOptions options,
      ManifestLines lines) {
    List<KubernetesResource> resources = new ArrayList<>();
    try (ManifestIterator read = open(file, options, lines, true)) {
      read.forEachRemaining(resources::add);
    }
    return resources;
  }

  private static ManifestIterator open(Path file, ReadOptions options, ManifestLines lines,
      boolean wholeStream) {
    Objects.requireNonNull(options, "options");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new ManifestReadException(-1, "cannot read " + file + ": " + IoReasons.why(e), e);
    }
    return ManifestReader.open(in, file + " ", options, lines, wholeStream, in);
  }

  /**
   * The resources of a YAML stream, read one document at a time as the iterator is advanced,
   * with the strictness, limits and messages of {@link #fromYaml(String)}, except that the
   * stream as a whole has no length limit (each document keeps its limits): a stream of any
   * length, such as the output of {@code kubectl kustomize} for a whole cluster, is read in the
   * memory of its largest document. {@link #fromYaml(Reader)} is this, collected.
   *
   * <p>A document that cannot be read throws {@link ManifestReadException} from the iterator when
   * it is reached; after a document that is well-formed YAML but not a valid resource, iteration
   * may go on (see {@link ManifestIterator}). {@code yaml} is read only as the iterator advances
   * and is never closed, also not by {@link ManifestIterator#close()}.
   *
   * <pre>{@code
   * try (ManifestIterator resources = Manifests.readYaml(reader)) {
   *   resources.forEachRemaining(index::add);
   * }
   * }</pre>
   */
  public static ManifestIterator readYaml(Reader yaml) {
    return readYaml(yaml, GatewayApiTarget.V1_6_STANDARD);
  }

  /**
   * Same as {@link #readYaml(Reader)}, with Gateway API resources built for {@code target} as in
   * {@link #fromYaml(String, GatewayApiTarget)}.
   */
  public static ManifestIterator readYaml(Reader yaml, GatewayApiTarget target) {
    return ManifestReader.open(Objects.requireNonNull(yaml, "yaml"), "",
        ReadOptions.defaults().withTarget(target), null, false, null);
  }

  /**
   * Same as {@link #readYaml(Reader, GatewayApiTarget)}, recording in {@code lines} where each
   * document (and field, as far as {@code lines} records them) starts, as documents are read.
   */
  public static ManifestIterator readYaml(Reader yaml, GatewayApiTarget target,
      ManifestLines lines) {
    return readYaml(yaml, ReadOptions.defaults().withTarget(target), lines);
  }

  /**
   * Same as {@link #readYaml(Reader, GatewayApiTarget, ManifestLines)}, read as {@code options}
   * say (see {@link #fromYaml(String, ReadOptions)}).
   */
  public static ManifestIterator readYaml(Reader yaml, ReadOptions options,
      ManifestLines lines) {
    return ManifestReader.open(Objects.requireNonNull(yaml, "yaml"), "",
        Objects.requireNonNull(options, "options"), Objects.requireNonNull(lines, "lines"), false,
        null);
  }

  /**
   * Same as {@link #readYaml(Reader)}, from the UTF-8 file {@code file}. The file is opened now
   * and closed when the iteration reaches its end or fails for good, or when the iterator is
   * closed: close it (try-with-resources) when you may stop early.
   *
   * @throws ManifestReadException if the file cannot be opened, saying why; as the iterator
   *     advances, also if it cannot be read or is not UTF-8, as {@link #fromYaml(Path)}
   */
  public static ManifestIterator readYaml(Path file) {
    return readYaml(file, GatewayApiTarget.V1_6_STANDARD);
  }

  /**
   * Same as {@link #readYaml(Path)}, with Gateway API resources built for {@code target} as in
   * {@link #fromYaml(String, GatewayApiTarget)}.
   *
   * @throws ManifestReadException as {@link #readYaml(Path)}
   */
  public static ManifestIterator readYaml(Path file, GatewayApiTarget target) {
    return open(file, ReadOptions.defaults().withTarget(target), null, false);
  }

  /**
   * Same as {@link #readYaml(Path, GatewayApiTarget)}, recording in {@code lines} where things
   * start, as {@link #readYaml(Reader, GatewayApiTarget, ManifestLines)}.
   *
   * @throws ManifestReadException as {@link #readYaml(Path)}
   */
  public static ManifestIterator readYaml(Path file, GatewayApiTarget target,
      ManifestLines lines) {
    return readYaml(file, ReadOptions.defaults().withTarget(target), lines);
  }

  /**
   * Same as {@link #readYaml(Path, GatewayApiTarget, ManifestLines)}, read as {@code options} say
   * (see {@link #fromYaml(String, ReadOptions)}).
   *
   * @throws ManifestReadException as {@link #readYaml(Path)}
   */
  public static ManifestIterator readYaml(Path file, ReadOptions options, ManifestLines lines) {
    return open(file, options, Objects.requireNonNull(lines, "lines"), false);
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
