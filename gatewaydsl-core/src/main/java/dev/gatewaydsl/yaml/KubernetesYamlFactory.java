package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A {@link YAMLFactory} whose generator writes a multi-line string as a block literal only when
 * every YAML 1.1 and 1.2 reader gives back exactly that string; otherwise double-quoted with
 * escapes. Jackson alone picks a block literal for any string with a line break, and SnakeYAML
 * then writes forms such as {@code |2+} with blank leading lines that YAML 1.2 readers reject.
 */
final class KubernetesYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  KubernetesYamlFactory() {
    super(YAMLFactory.builder().stringQuotingChecker(YamlQuoting.INSTANCE));
  }

  private KubernetesYamlFactory(KubernetesYamlFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public YAMLFactory copy() {
    return new KubernetesYamlFactory(this, null);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
    return new Generator(context, _generatorFeatures, _yamlGeneratorFeatures, _objectCodec, out,
        _version);
  }

  /** Falls back from a block literal to a double-quoted string where the literal is unsafe. */
  private static final class Generator extends YAMLGenerator {
    Generator(IOContext context, int jsonFeatures, int yamlFeatures, ObjectCodec codec,
        Writer out, DumperOptions.Version version) throws IOException {
      super(context, jsonFeatures, yamlFeatures, YamlQuoting.INSTANCE, codec, out, version);
    }

    @Override
    protected void _writeScalar(String value, String type, DumperOptions.ScalarStyle style)
        throws IOException {
      if (style == DumperOptions.ScalarStyle.LITERAL && !YamlQuoting.literalIsSafe(value)) {
        style = DumperOptions.ScalarStyle.DOUBLE_QUOTED;
      }
      super._writeScalar(value, type, style);
    }
  }
}
