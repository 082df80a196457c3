package dev.gatewaydsl.cli;

import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.Iterator;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The option values of {@code --target} and {@code --aks}. */
final class Targets {
  private Targets() {}

  /** The name {@code --target} takes for {@code target}, e.g. {@code v1.6.1/experimental}. */
  static String name(GatewayApiTarget target) {
    return target.release() + "/" + target.channel();
  }

  /** {@code --target RELEASE/CHANNEL}. */
  static final class TargetConverter implements ITypeConverter<GatewayApiTarget> {
    @Override
    public GatewayApiTarget convert(String value) {
      return Stream.of(GatewayApiTarget.values()).filter(t -> name(t).equals(value)).findFirst()
          .orElseThrow(() -> new TypeConversionException("unknown target \"" + value
              + "\"; one of " + String.join(", ", new Names())));
    }
  }

  /** The names {@code --target} takes, for the completion candidates in the help. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(GatewayApiTarget.values()).map(Targets::name).iterator();
    }
  }

  /** {@code --aks REVISION}, e.g. {@code asm-1-30}. */
  static final class RevisionConverter implements ITypeConverter<AksMeshRevision> {
    @Override
    public AksMeshRevision convert(String value) {
      try {
        return AksMeshRevision.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
