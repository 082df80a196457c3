package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gateway API {@code ObjectReference}: an object by group, kind, name and optionally namespace,
 * e.g. a CA certificate ConfigMap in {@code FrontendTLSValidation.caCertificateRefs}.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableObjectReference.class)
public interface ObjectReference extends WithObjectReference {

  /** {@code group}: empty for the core group, and then written as {@code group: ""}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code ConfigMap}. */
  String kind();

  /** {@code name}. */
  String name();

  /** {@code namespace}: unset means the referrer's; another namespace needs a ReferenceGrant. */
  Optional<String> namespace();

  /** {@code {group, kind, name}} in the referrer's namespace. */
  static ObjectReference of(String group, String kind, String name) {
    return builder().group(group).kind(kind).name(name).build();
  }

  /**
   * The ConfigMap {@code name} of the referrer's namespace: {@code {group: "", kind: ConfigMap}}.
   */
  static ObjectReference configMap(String name) {
    return of("", "ConfigMap", name);
  }

  /** Returns an empty builder of {@code ObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectReference}. */
  final class Builder extends ImmutableObjectReference.Builder {}
}
