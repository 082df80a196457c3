package dev.gatewaydsl.maven;

import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code target} parameter: {@code RELEASE/CHANNEL}, as the command line's {@code --target}. */
final class Targets {
  private Targets() {}

  static GatewayApiTarget parse(String value) throws MojoExecutionException {
    return Stream.of(GatewayApiTarget.values()).filter(t -> name(t).equals(value)).findFirst()
        .orElseThrow(() -> new MojoExecutionException("unknown target \"" + value + "\"; one of "
            + Stream.of(GatewayApiTarget.values()).map(Targets::name)
                .collect(Collectors.joining(", "))));
  }

  static String name(GatewayApiTarget target) {
    return target.release() + "/" + target.channel();
  }
}
