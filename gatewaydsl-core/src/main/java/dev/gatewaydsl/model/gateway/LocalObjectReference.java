package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import org.immutables.value.Value;

/**
 * A Gateway API {@code LocalObjectReference}: an object in the referrer's own namespace, by
 * group, kind and name, e.g. a filter's {@code extensionRef} or a CA certificate ConfigMap.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableLocalObjectReference.class)
public interface LocalObjectReference extends WithLocalObjectReference {

  /** {@code group}: required; empty for the core group, and then written as {@code ""}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code ConfigMap}. */
  String kind();

  /** {@code name}. */
  String name();

  /** {@code {group, kind, name}}. */
  static LocalObjectReference of(String group, String kind, String name) {
    return builder().group(group).kind(kind).name(name).build();
  }

  /** Returns an empty builder of {@code LocalObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalObjectReference}. */
  final class Builder extends ImmutableLocalObjectReference.Builder {}
}
