package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container's {@code livenessProbe}, {@code readinessProbe} or {@code startupProbe}: how and how
 * often the kubelet checks the container, with one handler of {@code exec}, {@code httpGet}, {@code
 * tcpSocket} and {@code grpc}. The factories set the handler only; the timing fields keep the API
 * server's defaults unless set through the builder, e.g. {@code
 * Probe.builder().mergeFrom(Probe.tcpSocket(8080)).periodSeconds(5).build()}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Probe">Probe</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableProbe.class)
public interface Probe extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code exec}: {@link ExecAction}. */
  Optional<ExecAction> exec();

  /** {@code httpGet}: {@link HTTPGetAction}. */
  Optional<HTTPGetAction> httpGet();

  /** {@code tcpSocket}: {@link TCPSocketAction}. */
  Optional<TCPSocketAction> tcpSocket();

  /** {@code grpc}: {@link GRPCAction}. */
  Optional<GRPCAction> grpc();

  /** {@code initialDelaySeconds}: int32. */
  Optional<Integer> initialDelaySeconds();

  /** {@code timeoutSeconds}: int32. */
  Optional<Integer> timeoutSeconds();

  /** {@code periodSeconds}: int32. */
  Optional<Integer> periodSeconds();

  /** {@code successThreshold}: int32. */
  Optional<Integer> successThreshold();

  /** {@code failureThreshold}: int32. */
  Optional<Integer> failureThreshold();

  /** {@code terminationGracePeriodSeconds}: int64. */
  Optional<Long> terminationGracePeriodSeconds();

  // End of generated fields.

  /**
   * A probe sending {@code GET path} to {@code port}, every other field left to its default.
   * {@code Probe.httpGet("/healthz", 8080)} gives:
   *
   * <pre>
   * httpGet:
   *   path: /healthz
   *   port: 8080
   * </pre>
   */
  static Probe httpGet(String path, int port) {
    return builder().httpGet(HTTPGetAction.of(path, port)).build();
  }

  /**
   * A probe that succeeds when a TCP connection to {@code port} opens, every other field left to
   * its default. {@code Probe.tcpSocket(5432)} gives:
   *
   * <pre>
   * tcpSocket:
   *   port: 5432
   * </pre>
   */
  static Probe tcpSocket(int port) {
    return builder().tcpSocket(TCPSocketAction.builder().port(IntOrString.of(port)).build())
        .build();
  }

  /**
   * A probe calling the gRPC Health Checking Protocol on {@code port} (no {@code service}, so the
   * server's overall health), every other field left to its default. {@code Probe.grpc(9090)}
   * gives:
   *
   * <pre>
   * grpc:
   *   port: 9090
   * </pre>
   */
  static Probe grpc(int port) {
    return builder().grpc(GRPCAction.builder().port(port).build()).build();
  }

  /**
   * A probe running {@code command} in the container (not in a shell); exit status 0 is success.
   * Every other field is left to its default. {@code Probe.exec("cat", "/tmp/healthy")} gives:
   *
   * <pre>
   * exec:
   *   command:
   *   - cat
   *   - /tmp/healthy
   * </pre>
   */
  static Probe exec(String... command) {
    return builder().exec(ExecAction.builder().addCommand(command).build()).build();
  }

  /** Returns an empty builder of {@code Probe}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Probe}. */
  final class Builder extends ImmutableProbe.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    // as the API server's validateHandler: the first handler set counts, any other is forbidden
    int handlers = 0;
    for (Map.Entry<String, Optional<?>> handler : List.<Map.Entry<String, Optional<?>>>of(
        Map.entry("exec", exec()), Map.entry("httpGet", httpGet()),
        Map.entry("tcpSocket", tcpSocket()), Map.entry("grpc", grpc()))) {
      if (handler.getValue().isPresent() && handlers++ > 0) {
        violations.forbidden(path.child(handler.getKey()), "may not specify more than 1 handler "
            + "type");
      }
    }
    if (handlers == 0) {
      violations.required(path, "must specify a handler type");
    }
    exec().filter(e -> e.command().isEmpty())
        .ifPresent(e -> violations.required(path.child("exec").child("command"), ""));
    httpGet().ifPresent(h -> h.validate(path.child("httpGet"), violations));
    nonNegative(initialDelaySeconds(), path.child("initialDelaySeconds"), violations);
    nonNegative(timeoutSeconds(), path.child("timeoutSeconds"), violations);
    nonNegative(periodSeconds(), path.child("periodSeconds"), violations);
    nonNegative(successThreshold(), path.child("successThreshold"), violations);
    nonNegative(failureThreshold(), path.child("failureThreshold"), violations);
  }

  private static void nonNegative(Optional<Integer> value, FieldPath path,
      Violations violations) {
    value.filter(v -> v < 0).ifPresent(v -> violations.invalid(path, v,
        "must be greater than or equal to 0"));
  }
}
