package dev.gatewaydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} of a large stream runs in a small heap. */
class CheckStreamingTest {
  static final int TEAMS = 33_333;
  static final int DANGLING = 31_337;

  static final Gateway GATEWAY = Gateway.builder().name("platform").namespace("gateway-system")
      .gatewayClassName("istio")
      .listener(Listener.http("http", 80).withHostname("*.apps.example.com")
          .allowedRoutesFromAllNamespaces())
      .build();

  /**
   * The Gateway, then for each team its HTTPRoute, which sends 90% of the traffic to one Service
   * and 10% to a canary, and the two Services: 100,000 documents, about 30 MiB of YAML. Team
   * {@link #DANGLING}'s canary is not there.
   */
  static Stream<KubernetesResource> repository() {
    return Stream.concat(Stream.of(GATEWAY), IntStream.range(0, TEAMS).boxed().flatMap(i -> {
      String team = String.format("team-%06d", i);
      HTTPRoute route = HTTPRoute.builder().name(team).namespace(team)
          .label("app.kubernetes.io/part-of", "storefront")
          .parentRef(ParentReference.to(GATEWAY, "http"))
          .hostname(team + ".apps.example.com")
          .rule(HTTPRouteRule.pathPrefix("/")
              .backendRef(HTTPBackendRef.builder().name(team + "-web").port(8080).weight(90)
                  .build())
              .backendRef(HTTPBackendRef.builder()
                  .name(i == DANGLING ? "nowhere" : team + "-canary").port(8080).weight(10)
                  .build()))
          .build();
      return Stream.of(route, service(team + "-web", team), service(team + "-canary", team));
    }));
  }

  private static Service service(String name, String namespace) {
    return Service.builder().name(name).namespace(namespace).port(ServicePort.of(8080)).build();
  }

  /**
   * The stream is more than fromYaml reads at once, and its documents with the lines of all
   * their fields more than the heap holds: the run succeeds only if check reads one document at a
   * time, keeps what the analysis needs, and finds the one dangling route, at its line, by
   * reading (its copy of) standard input a second time.
   */
  @Test
  void checksOneHundredThousandDocumentsFromStandardInputInA64MiBHeap(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path stream = dir.resolve("kustomized.yaml");
    try (OutputStream out = Files.newOutputStream(stream)) {
      Manifests.writeYaml(repository(), out);
    }
    int line = danglingLine(stream);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "-"))
        .redirectInput(stream.toFile())
        .redirectErrorStream(true)
        .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(output).isEqualTo("<stdin>:" + line + ": error BackendNotFound: HTTPRoute "
        + "\"team-031337/team-031337\": spec.rules[0].backendRefs[1]: Service "
        + "\"team-031337/nowhere\" is not in the set\n");
    assertThat(process.exitValue()).isEqualTo(1);
    // past the 16 Mi characters fromYaml reads at once
    assertThat(Files.size(stream)).isGreaterThan(16L * 1024 * 1024);
  }

  /** The line of {@code - name: nowhere} in the file, counted from 1. */
  private static int danglingLine(Path stream) throws IOException {
    int number = 0;
    try (var lines = Files.lines(stream)) {
      for (String text : (Iterable<String>) lines::iterator) {
        number++;
        if (text.strip().equals("- name: nowhere")) {
          return number;
        }
      }
    }
    throw new AssertionError("no dangling backend in " + stream);
  }
}
