package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One entry of {@code Container.env}: a variable with a literal {@code value}, or one taken from
 * elsewhere ({@code valueFrom}), such as a key of a Secret or a ConfigMap.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableEnvVar.class)
public interface EnvVar extends WithEnvVar, Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code value}: string. Default: empty. */
  @Value.Default
  default String value() {
    return "";
  }

  /** {@code valueFrom}: {@link EnvVarSource}. */
  Optional<EnvVarSource> valueFrom();

  // End of generated fields.

  /** {@code name: name, value: value}. */
  static EnvVar of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /**
   * {@code name} set from the key {@code key} of the Secret {@code secretName} in the pod's
   * namespace. {@code EnvVar.fromSecretKey("DB_PASSWORD", "db", "password")} gives, as an entry
   * of a container's {@code env}:
   *
   * <pre>
   * env:
   * - name: DB_PASSWORD
   *   valueFrom:
   *     secretKeyRef:
   *       name: db
   *       key: password
   * </pre>
   */
  static EnvVar fromSecretKey(String name, String secretName, String key) {
    return builder().name(name).valueFrom(EnvVarSource.builder()
        .secretKeyRef(SecretKeySelector.builder().name(secretName).key(key).build())
        .build()).build();
  }

  /**
   * {@code name} set from the key {@code key} of the ConfigMap {@code configMapName} in the pod's
   * namespace. {@code EnvVar.fromConfigMapKey("LOG_LEVEL", "app-config", "log-level")} gives, as
   * an entry of a container's {@code env}:
   *
   * <pre>
   * env:
   * - name: LOG_LEVEL
   *   valueFrom:
   *     configMapKeyRef:
   *       name: app-config
   *       key: log-level
   * </pre>
   */
  static EnvVar fromConfigMapKey(String name, String configMapName, String key) {
    return builder().name(name).valueFrom(EnvVarSource.builder()
        .configMapKeyRef(ConfigMapKeySelector.builder().name(configMapName).key(key).build())
        .build()).build();
  }

  /** Returns an empty builder of {@code EnvVar}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvVar}. */
  final class Builder extends ImmutableEnvVar.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    // core/v1 ValidateEnv with RelaxedEnvironmentVariableValidation, GA and locked on since 1.34
    if (name().isEmpty()) {
      violations.required(path.child("name"), "");
    } else if (!name().chars().allMatch(c -> c >= ' ' && c <= '~' && c != '=')) {
      violations.invalid(path.child("name"), name(), "a valid environment variable name must "
          + "consist only of printable ASCII characters other than '='");
    }
    valueFrom().ifPresent(source -> {
      FieldPath at = path.child("valueFrom");
      source.configMapKeyRef().ifPresent(ref -> keySelector(ref.name().orElse(""), ref.key(),
          at.child("configMapKeyRef"), violations));
      source.secretKeyRef().ifPresent(ref -> keySelector(ref.name().orElse(""), ref.key(),
          at.child("secretKeyRef"), violations));
      long sources = Stream.of(source.fieldRef(), source.resourceFieldRef(),
          source.configMapKeyRef(), source.secretKeyRef(), source.fileKeyRef())
          .filter(Optional::isPresent).count();
      // core/v1 validateEnvVarValueFrom: a value or one source
      if (sources > 0 && !value().isEmpty()) {
        violations.invalid(at, "", "may not be specified when `value` is not empty");
      } else if (sources > 1) {
        violations.invalid(at, "", "may not have more than one field specified at a time");
      }
    });
  }

  /** A ConfigMap's or Secret's key: the object's name and the key within it. */
  private static void keySelector(String name, String key, FieldPath path,
      Violations violations) {
    Syntax.dns1123Subdomain(name, path.child("name"), violations);
    if (key.isEmpty()) {
      violations.required(path.child("key"), "");
    } else {
      Syntax.configMapKey(key, path.child("key"), violations);
    }
  }
}
