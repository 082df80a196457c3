package dev.gatewaydsl.yaml;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams {@code args[0]} generated HTTPRoutes, made one at a time by a lazy {@link Stream}, through
 * {@link Manifests#writeYaml(Stream, OutputStream)} into an output stream that only counts, then
 * prints {@code documents=N bytes=M}. {@link ManifestsStreamingTest} runs it in a JVM with a small
 * heap.
 */
public final class StreamManyRoutes {
  private StreamManyRoutes() {}

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Gateway gateway = Gateway.builder().name("platform").namespace("gateway-system")
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).withHostname("*.apps.example.com")
            .allowedRoutesFromAllNamespaces())
        .build();
    Stream<HTTPRoute> routes = IntStream.range(0, count).mapToObj(i -> route(gateway, i));
    CountingOutputStream out = new CountingOutputStream();
    Manifests.writeYaml(routes, out);
    System.out.println("documents=" + out.documents() + " bytes=" + out.bytes);
  }

  static HTTPRoute route(Gateway gateway, int i) {
    String team = String.format("team-%06d", i);
    return HTTPRoute.builder().name(team).namespace(team)
        .label("app.kubernetes.io/part-of", "storefront")
        .label("team", team)
        .parentRef(ParentReference.to(gateway, "http"))
        .hostname(team + ".apps.example.com")
        .rule(HTTPRouteRule.pathPrefix("/api")
            .backendRef(HTTPBackendRef.builder().name(team + "-api").port(8080).weight(90).build())
            .backendRef(HTTPBackendRef.builder().name(team + "-canary").port(8080).weight(10)
                .build()))
        .rule(HTTPRouteRule.pathPrefix("/")
            .backendRef(HTTPBackendRef.builder().name(team + "-web").port(8080).build()))
        .build();
  }

  /** Keeps nothing: counts bytes, and documents by their {@code ---} separator lines. */
  static final class CountingOutputStream extends OutputStream {
    private static final byte[] SEPARATOR = "\n---\n".getBytes(StandardCharsets.UTF_8);
    long bytes;
    private long separators;
    private int matched = 1; // the stream's start counts as a line start

    @Override
    public void write(int b) {
      bytes++;
      if (b == SEPARATOR[matched]) {
        matched++;
        if (matched == SEPARATOR.length) {
          separators++;
          matched = 1;
        }
      } else {
        matched = b == '\n' ? 1 : 0;
      }
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        write(buffer[i]);
      }
    }

    long documents() {
      return bytes == 0 ? 0 : separators + 1;
    }
  }
}
