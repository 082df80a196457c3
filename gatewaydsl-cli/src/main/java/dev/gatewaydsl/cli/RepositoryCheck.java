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
import dev.gatewaydsl.yaml.ManifestLines;
import dev.gatewaydsl.yaml.ManifestReadException;
import dev.gatewaydsl.yaml.Manifests;
import dev.gatewaydsl.yaml.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Validates and analyses the manifests of a repository, as {@code gatewaydsl check} and the Maven
 * plugin's {@code check} goal do: every file is read strictly for one {@link GatewayApiTarget}
 * (which validates each resource; kinds the library does not model are read as generic resources
 * unless {@code strictKinds}), then all resources are analysed as one set ({@link
 * Manifests#analyze}), with the AKS rules when a revision is given and with a warning for every
 * Secret that carries data ({@link SecretDataRule}). Every finding names its file and line.
 *
 * <p>A file or document that cannot be read gives a finding of code {@link #INVALID}; the analysis
 * then does not run, since the set is incomplete.
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

  /** One YAML stream to read: a name for the findings and the text. */
  public interface Input {
    /** The file name findings carry. */
    String name();

    /** Opens the stream; the caller closes it. */
    Reader open() throws IOException;

    /** Reads the stream as {@code options} say, recording in {@code lines} where things start. */
    default List<KubernetesResource> read(ReadOptions options, ManifestLines lines)
        throws IOException {
      try (Reader in = open()) {
        return Manifests.fromYaml(in, options, lines);
      }
    }

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

        /** Read as bytes, so that a file that is not UTF-8 is named with the offending byte. */
        @Override
        public List<KubernetesResource> read(ReadOptions options, ManifestLines lines) {
          return Manifests.fromYaml(file, options, lines);
        }
      };
    }

    /** An already open stream, e.g. standard input, named {@code name}; read once. */
    static Input reader(String name, Reader reader) {
      return new Input() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Reader open() {
          return reader;
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

  /** Reads every input and analyses what was read; the findings in order of input, then analysis. */
  public List<Finding> run(List<Input> inputs) {
    List<Finding> findings = new ArrayList<>();
    List<KubernetesResource> resources = new ArrayList<>();
    Map<KubernetesResource, Place> places = new IdentityHashMap<>();
    for (Input input : inputs) {
      ManifestLines lines = new ManifestLines();
      List<KubernetesResource> read;
      try {
        read = input.read(ReadOptions.defaults().withTarget(target)
            .withStrictKinds(strictKinds), lines);
      } catch (ManifestReadException e) {
        findings.add(new Finding(input.name(), lines.documentLine(e.document()), Severity.ERROR,
            INVALID, Optional.empty(), "", e.getMessage()));
        continue;
      } catch (IOException | UncheckedIOException e) {
        findings.add(new Finding(input.name(), 0, Severity.ERROR, INVALID, Optional.empty(), "",
            "cannot read " + input.name() + ": " + e.getMessage()));
        continue;
      }
      for (int i = 0; i < read.size(); i++) {
        resources.add(read.get(i));
        places.put(read.get(i), new Place(input.name(), lines, i));
      }
    }
    if (!findings.isEmpty()) {
      return findings;
    }
    List<AnalysisRule> rules = new ArrayList<>();
    aks.ifPresent(revision -> rules.add(new AksIstioChecks(AksIstio.revision(revision))));
    rules.add(new SecretDataRule());
    for (Diagnostic d : Manifests.analyze(resources, rules)) {
      Place place = places.get(d.resource());
      findings.add(new Finding(place.file(), place.lines().line(place.index(), d.path()),
          d.severity(), d.code(), Optional.of(Diagnostic.describe(d.resource())),
          d.path().toString(), d.message()));
    }
    return findings;
  }

  /** Whether any finding is an error. */
  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private record Place(String file, ManifestLines lines, int index) {}
}
