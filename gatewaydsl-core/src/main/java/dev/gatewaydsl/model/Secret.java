package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A core {@code v1} {@code Secret}: keys and values, such as the certificate an HTTPS listener's
 * {@code tls.certificateRefs} names ({@code type: kubernetes.io/tls} with {@code tls.crt} and
 * {@code tls.key}).
 *
 * <pre>{@code
 * Secret tls = Secret.tls("web-tls", "shop", certificatePem, keyPem);
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/secret-v1/">Secret</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableSecret.class)
public interface Secret extends KubernetesResource, WithSecret {

  /** {@code v1}. */
  String API_VERSION = "v1";
  /** Type {@code kubernetes.io/tls}: a certificate and its key. */
  String TLS = "kubernetes.io/tls";
  /** The certificate (chain) key of a TLS Secret. */
  String TLS_CERT = "tls.crt";
  /** The private key key of a TLS Secret. */
  String TLS_KEY = "tls.key";
  /** The most bytes the values of a Secret may hold together. */
  int MAX_SIZE = 1024 * 1024;

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "Secret";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code immutable}: boolean. */
  Optional<Boolean> immutable();

  /** {@code data}: a map from string to base64-encoded bytes. */
  Map<String, String> data();

  /** {@code stringData}: a map from string to string. */
  Map<String, String> stringData();

  /** {@code type}: string. */
  Optional<String> type();

  // End of generated fields.

  /**
   * A TLS Secret: {@code type: kubernetes.io/tls} with {@code stringData} {@code tls.crt: <cert>}
   * and {@code tls.key: <key>} (PEM text, written as block literals).
   */
  static Secret tls(String name, String namespace, String certificatePem, String keyPem) {
    return builder().name(name).namespace(namespace).type(TLS)
        .putStringData(TLS_CERT, certificatePem).putStringData(TLS_KEY, keyPem).build();
  }

  /** Returns an empty builder of {@code Secret}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Secret}; the shortcuts forward to the generated metadata builder. */
  final class Builder extends ImmutableSecret.Builder implements ResourceBuilder<Builder> {}

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1123_SUBDOMAIN,
        violations);
    long size = 0;
    Set<String> keys = new HashSet<>();
    for (Map.Entry<String, String> entry : data().entrySet()) {
      FieldPath at = FieldPath.of("data").key(entry.getKey());
      Syntax.configMapKey(entry.getKey(), FieldPath.of("data"), violations);
      try {
        size += Base64.getDecoder().decode(entry.getValue()).length;
      } catch (IllegalArgumentException e) {
        violations.invalid(at, "<secret contents redacted>", "must be base64-encoded");
      }
      keys.add(entry.getKey());
    }
    for (Map.Entry<String, String> entry : stringData().entrySet()) {
      Syntax.configMapKey(entry.getKey(), FieldPath.of("stringData"), violations);
      if (keys.add(entry.getKey())) {
        size += entry.getValue().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    if (size > MAX_SIZE) {
      violations.tooLong(FieldPath.of("data"), MAX_SIZE);
    }
    if (type().filter(TLS::equals).isPresent()) {
      for (String required : List.of(TLS_CERT, TLS_KEY)) {
        if (!keys.contains(required)) {
          violations.required(FieldPath.of("data").key(required), "");
        }
      }
    }
    violations.throwIfAny();
  }
}
