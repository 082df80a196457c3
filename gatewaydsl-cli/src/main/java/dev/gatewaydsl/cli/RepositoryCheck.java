package dev.gatewaydsl.cli;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.azure.AksIstioChecks;
import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.yaml.ManifestIterator;
import dev.gatewaydsl.yaml.ManifestLines;
import dev.gatewaydsl.yaml.ManifestReadException;
import dev.gatewaydsl.yaml.Manifests;
import dev.gatewaydsl.yaml.ReadOptions;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Validates and analyses the manifests of a repository, as {@code gatewaydsl check} and the Maven
 * plugin's {@code check} goal do: every file is read strictly for one {@link GatewayApiTarget}
 * (which validates each resource; kinds the library does not model are read as generic resources
 * unless {@code strictKinds}), then all resources are analysed as one set ({@link
 * Manifests#analyze}), with the AKS rules when a revision is given and with a warning for every
 * Secret that carries data ({@link SecretDataRule}). Every finding names its file and line.
 *
 * <p>A file or document that cannot be read gives a finding of code {@link #INVALID} with its
 * file and line; the other documents of the file (after one that is well-formed YAML) and the
 * other files are still read, and everything read is analysed together.
 *
 * <p>Memory: files are read one document at a time ({@link Manifests#readYaml(Path)}); what is
 * kept is what the analysis needs, the resources themselves, plus, per resource, its file and
 * index (two ints per document and resource). The lines of fields are not kept while reading:
 * after the analysis, each input that has diagnostics is read a second time, recording field
 * lines only for the documents the diagnostics are in. Standard input is copied to a temporary
 * file as it is read, for that second pass, and the copy is deleted at the end.
 *
 * @param target the Gateway API installation the resources are read for
 * @param aks the AKS revision whose rules apply, if any
 * @param strictKinds whether a kind the library does not model is an error ({@link
 *     ReadOptions#strictKinds()}); by default it is read as a generic resource
 */
public record RepositoryCheck(GatewayApiTarget target, Optional<AksMeshRevision> aks,
    boolean strictKinds) {

  /** The code of a finding for a file or document that cannot be read or is invalid. */
  public static final String INVALID = "Invalid";
  /** The file name findings in standard input carry. */
  public static final String STDIN = "<stdin>";

  public RepositoryCheck {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(aks, "aks");
  }

  /** Reads kinds the library does not model as generic resources. */
  public RepositoryCheck(GatewayApiTarget target, Optional<AksMeshRevision> aks) {
    this(target, aks, false);
  }

  /**
   * One YAML stream to read: a name for the findings and the text, which may be read twice (the
   * second time to find the lines of the findings). Closing it releases what it holds.
   */
  public interface Input extends Closeable {
    /** The file name findings carry. */
    String name();

    /** Opens the stream; the caller closes it. */
    Reader open() throws IOException;

    /**
     * The file the stream is, if it is one: it is then read as bytes, so that a file that is not
     * UTF-8 is named with the offending byte.
     */
    default Optional<Path> file() {
      return Optional.empty();
    }

    /** Releases what the input holds; nothing by default. */
    @Override
    default void close() throws IOException {}

    /** The UTF-8 file {@code file}, named as given. */
    static Input file(Path file) {
      return new Input() {
        @Override
        public String name() {
          return file.toString();
        }

        @Override
        public Reader open() throws IOException {
          return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }

        @Override
        public Optional<Path> file() {
          return Optional.of(file);
        }
      };
    }

    /**
     * An already open stream, e.g. standard input, named {@code name}; it is read once, and
     * copied to a temporary file as it is, which later opens read and {@link #close()} deletes.
     */
    static Input reader(String name, Reader reader) {
      return new Input() {
        private Path copy;

        @Override
        public String name() {
          return name;
        }

        @Override
        public Reader open() throws IOException {
          if (copy != null) {
            return Files.newBufferedReader(copy, StandardCharsets.UTF_8);
          }
          copy = Files.createTempFile("gatewaydsl-", ".yaml");
          Writer spool = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
          return new FilterReader(reader) {
            @Override
            public int read(char[] chars, int offset, int length) throws IOException {
              int n = super.read(chars, offset, length);
              if (n > 0) {
                spool.write(chars, offset, n);
              }
              return n;
            }

            @Override
            public int read() throws IOException {
              int c = super.read();
              if (c >= 0) {
                spool.write(c);
              }
              return c;
            }

            @Override
            public void close() throws IOException {
              spool.close(); // the stream itself stays open: it was open before
            }
          };
        }

        @Override
        public void close() throws IOException {
          if (copy != null) {
            Files.deleteIfExists(copy);
          }
        }
      };
    }
  }

  /**
   * The files {@code paths} name, in order: a file as it is, a directory as every {@code *.yaml}
   * and {@code *.yml} file below it except {@code kustomization.yaml}, sorted.
   *
   * @throws UncheckedIOException if a directory cannot be listed
   */
  public static List<Path> yamlFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> below = Files.walk(path)) {
        below.filter(Files::isRegularFile)
            .filter(f -> {
              String name = f.getFileName().toString();
              return (name.endsWith(".yaml") || name.endsWith(".yml"))
                  && !name.equals(ManifestDirectory.KUSTOMIZATION);
            })
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    return files;
  }

  /**
   * Reads every input and analyses what was read; the findings in order of input, then analysis.
   * Closes the inputs.
   */
  public List<Finding> run(List<Input> inputs) {
    try {
      return check(inputs);
    } finally {
      for (Input input : inputs) {
        try {
          input.close();
        } catch (IOException e) {
          // a temporary copy that cannot be deleted is left for the system to clean up
        }
      }
    }
  }

  private List<Finding> check(List<Input> inputs) {
    List<Finding> findings = new ArrayList<>();
    List<KubernetesResource> resources = new ArrayList<>();
    // input i's resources are resources[starts[i]] up to the next input's start
    int[] starts = new int[inputs.size()];
    List<ManifestLines> documents = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      ManifestLines lines = new ManifestLines(document -> false);
      documents.add(lines);
      starts[i] = resources.size();
      try (Reader text = input.file().isPresent() ? null : input.open();
          ManifestIterator it = read(input, text, lines)) {
        while (true) {
          try {
            if (!it.hasNext()) {
              break;
            }
            resources.add(it.next());
          } catch (ManifestReadException e) {
            findings.add(invalid(input, lines.documentLine(e.document()), e.getMessage()));
          }
        }
      } catch (ManifestReadException e) {
        findings.add(invalid(input, 0, e.getMessage()));
      } catch (IOException | UncheckedIOException e) {
        findings.add(invalid(input, 0, "cannot read " + input.name() + ": " + e.getMessage()));
      }
    }
    List<AnalysisRule> rules = new ArrayList<>();
    aks.ifPresent(revision -> rules.add(new AksIstioChecks(AksIstio.revision(revision))));
    rules.add(new SecretDataRule());
    List<Diagnostic> diagnostics = Manifests.analyze(resources, rules);
    Map<KubernetesResource, Place> named = new IdentityHashMap<>();
    diagnostics.forEach(d -> named.put(d.resource(), null));
    for (int at = 0, input = 0; at < resources.size(); at++) {
      while (input + 1 < starts.length && starts[input + 1] <= at) {
        input++;
      }
      if (named.containsKey(resources.get(at)) && named.get(resources.get(at)) == null) {
        named.put(resources.get(at), new Place(input, at - starts[input]));
      }
    }
    resources.clear(); // only the resources diagnostics name are kept for the second read
    List<ManifestLines> fieldLines = fieldLines(inputs, diagnostics, named, documents);
    for (Diagnostic d : diagnostics) {
      Place place = named.get(d.resource());
      ManifestLines lines = fieldLines.get(place.input());
      findings.add(new Finding(inputs.get(place.input()).name(),
          lines != null ? lines.line(place.index(), d.path())
              : documents.get(place.input()).resourceLine(place.index()),
          d.severity(), d.code(), Optional.of(Diagnostic.describe(d.resource())),
          d.path().toString(), d.message()));
    }
    return findings;
  }

  private ManifestIterator read(Input input, Reader text, ManifestLines lines) {
    ReadOptions options = ReadOptions.defaults().withTarget(target).withStrictKinds(strictKinds);
    return input.file().isPresent() ? Manifests.readYaml(input.file().get(), options, lines)
        : Manifests.readYaml(text, options, lines);
  }

  /**
   * For each input with diagnostics, the lines of the fields of the documents they are in, from
   * a second read of the input; null for the others (or if the input cannot be read again).
   */
  private List<ManifestLines> fieldLines(List<Input> inputs, List<Diagnostic> diagnostics,
      Map<KubernetesResource, Place> places, List<ManifestLines> documents) {
    List<Set<Integer>> wanted = new ArrayList<>();
    inputs.forEach(input -> wanted.add(new HashSet<>()));
    for (Diagnostic d : diagnostics) {
      Place place = places.get(d.resource());
      wanted.get(place.input()).add(documents.get(place.input()).documentOf(place.index()));
    }
    List<ManifestLines> found = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Set<Integer> these = wanted.get(i);
      if (these.isEmpty()) {
        found.add(null);
        continue;
      }
      ManifestLines lines = new ManifestLines(these::contains);
      Input input = inputs.get(i);
      try (Reader text = input.file().isPresent() ? null : input.open();
          ManifestIterator it = read(input, text, lines)) {
        while (true) {
          try {
            if (!it.hasNext()) {
              break;
            }
            it.next();
          } catch (ManifestReadException e) {
            // reported on the first read
          }
        }
        found.add(lines);
      } catch (ManifestReadException | IOException | UncheckedIOException e) {
        found.add(null); // changed since the first read: the documents' lines will do
      }
    }
    return found;
  }

  private static Finding invalid(Input input, int line, String message) {
    return new Finding(input.name(), line, Severity.ERROR, INVALID, Optional.empty(), "",
        message);
  }

  /** Whether any finding is an error. */
  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Where a resource was read: the index of its input, and its index among the input's. */
  private record Place(int input, int index) {}
}
