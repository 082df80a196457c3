package dev.gatewaydsl.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.analysis.DiagnosticCode;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.azure.AksIstioChecks;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code check} writes its findings. */
public enum ReportFormat {
  /** One line per finding, {@code FILE:LINE: <severity> <code>: <Kind> "<ns>/<name>": <path>: <message>}. */
  TEXT {
    @Override
    public void write(List<Finding> findings, Path baseDir, Writer out) throws IOException {
      for (Finding finding : findings) {
        out.write(finding + "\n");
      }
      out.flush();
    }
  },

  /**
   * A JSON object: {@code findings}, one object per finding with {@code file}, {@code line},
   * {@code severity}, {@code code}, {@code resource} (kind, namespace, name in one string, or
   * absent), {@code path} and {@code message}; and the counts {@code errors} and {@code warnings}.
   */
  JSON {
    @Override
    public void write(List<Finding> findings, Path baseDir, Writer out) throws IOException {
      ObjectNode root = NODES.objectNode();
      ArrayNode list = root.putArray("findings");
      for (Finding finding : findings) {
        ObjectNode item = list.addObject();
        item.put("file", finding.file());
        item.put("line", finding.line());
        item.put("severity", finding.severity().label());
        item.put("code", finding.code());
        finding.resource().ifPresent(resource -> item.put("resource", resource));
        item.put("path", finding.path());
        item.put("message", finding.message());
      }
      root.put("errors", count(findings, Severity.ERROR));
      root.put("warnings", count(findings, Severity.WARNING));
      writeJson(root, out);
    }
  },

  /**
   * SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format), which code-review tools
   * read to show each finding on its file and line: one run of the tool {@code gatewaydsl}, a rule
   * per code, a result per finding with its level ({@code error} or {@code warning}), message,
   * file (relative to the working directory, with {@code /}) and line, and the resource and field
   * as a logical location.
   */
  SARIF {
    @Override
    public void write(List<Finding> findings, Path baseDir, Writer out) throws IOException {
      ObjectNode root = NODES.objectNode();
      root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      root.put("version", "2.1.0");
      ObjectNode run = root.putArray("runs").addObject();
      ObjectNode driver = run.putObject("tool").putObject("driver");
      driver.put("name", "gatewaydsl");
      driver.put("version", Version.current());
      Map<String, Integer> ruleIndex = new LinkedHashMap<>();
      ArrayNode rules = driver.putArray("rules");
      ArrayNode results = run.putArray("results");
      for (Finding finding : findings) {
        Integer index = ruleIndex.get(finding.code());
        if (index == null) {
          index = ruleIndex.size();
          ruleIndex.put(finding.code(), index);
          ObjectNode rule = rules.addObject();
          rule.put("id", finding.code());
          rule.putObject("shortDescription").put("text", shortDescription(finding.code()));
          rule.putObject("defaultConfiguration").put("level", level(finding.severity()));
        }
        ObjectNode result = results.addObject();
        result.put("ruleId", finding.code());
        result.put("ruleIndex", index);
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.resource().map(r -> r + ": ").orElse("")
            + (finding.path().isEmpty() ? "" : finding.path() + ": ") + finding.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(finding.file(), baseDir));
        if (finding.line() > 0) {
          physical.putObject("region").put("startLine", finding.line());
        }
        finding.resource().ifPresent(resource -> location.putArray("logicalLocations").addObject()
            .put("fullyQualifiedName", finding.path().isEmpty() ? resource
                : resource + "." + finding.path())
            .put("kind", "object"));
      }
      writeJson(root, out);
    }
  };

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper JSON_WRITER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  /**
   * Writes {@code findings} to {@code out}; file names relative to {@code baseDir} where a format
   * wants relative ones (SARIF).
   */
  public abstract void write(List<Finding> findings, Path baseDir, Writer out) throws IOException;

  private static void writeJson(ObjectNode root, Writer out) throws IOException {
    JSON_WRITER.writeValue(out, root);
    out.write("\n");
    out.flush();
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** The file as a URI reference: relative to {@code baseDir} with {@code /} if below it. */
  static String uri(String file, Path baseDir) {
    if (file.equals(RepositoryCheck.STDIN)) {
      return "stdin";
    }
    try {
      Path path = Path.of(file).toAbsolutePath().normalize();
      Path base = baseDir.toAbsolutePath().normalize();
      if (path.startsWith(base)) {
        StringBuilder uri = new StringBuilder();
        for (Path part : base.relativize(path)) {
          if (uri.length() > 0) {
            uri.append('/');
          }
          uri.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri.toString();
      }
      return path.toUri().toString();
    } catch (InvalidPathException e) {
      return file;
    }
  }

  private static String shortDescription(String code) {
    for (DiagnosticCode known : DiagnosticCode.values()) {
      if (known.code().equals(code)) {
        return known.code() + ": see dev.gatewaydsl.analysis.DiagnosticCode."
            + known.name();
      }
    }
    return switch (code) {
      case RepositoryCheck.INVALID -> "a file or document that cannot be read, or a resource the "
          + "API server would reject";
      case SecretDataRule.CODE -> "a Secret carrying data in the repository";
      case AksIstioChecks.NOT_SUPPORTED_BY_REVISION -> "a resource or setting the AKS Istio "
          + "revision does not support";
      case AksIstioChecks.REVISION_LABEL_MISSING -> "a Gateway of class istio without the "
          + "istio.io/rev label of an AKS Istio revision";
      default -> code;
    };
  }
}
