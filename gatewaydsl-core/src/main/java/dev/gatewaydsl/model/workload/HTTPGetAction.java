package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code Probe.httpGet}: an HTTP GET the kubelet sends to the container; a status from 200 to 399
 * counts as success.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Probe">Probe</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPGetAction.class)
public interface HTTPGetAction extends WithHTTPGetAction, Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code path}: string. */
  Optional<String> path();

  /** {@code port}: {@link IntOrString}, required. */
  IntOrString port();

  /** {@code host}: string. */
  Optional<String> host();

  /** {@code scheme}: {@link URIScheme}. */
  Optional<URIScheme> scheme();

  /** {@code httpHeaders}: a list of {@link HTTPHeader}. */
  List<HTTPHeader> httpHeaders();

  // End of generated fields.

  /** {@code path: path, port: port}, nothing else set. */
  static HTTPGetAction of(String path, int port) {
    return builder().path(path).port(IntOrString.of(port)).build();
  }

  /** Returns an empty builder of {@code HTTPGetAction}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPGetAction}. */
  final class Builder extends ImmutableHTTPGetAction.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath at = path.child("port");
    if (port().isInt()) {
      Syntax.port(port().intValue(), at, violations);
    } else {
      Syntax.portName(port().stringValue(), at, violations);
    }
  }
}
