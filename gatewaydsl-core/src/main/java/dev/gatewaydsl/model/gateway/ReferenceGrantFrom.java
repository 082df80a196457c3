package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import org.immutables.value.Value;

/** One entry of {@code ReferenceGrant.spec.from}: a group, kind and namespace that may refer. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableReferenceGrantFrom.class)
public interface ReferenceGrantFrom extends WithReferenceGrantFrom {

  /** {@code group}: e.g. {@code gateway.networking.k8s.io}; empty for the core group. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code HTTPRoute}. */
  String kind();

  /** {@code namespace} of the referring objects. */
  String namespace();

  /** {@code {group, kind, namespace}}. */
  static ReferenceGrantFrom of(String group, String kind, String namespace) {
    return builder().group(group).kind(kind).namespace(namespace).build();
  }

  /** Returns an empty builder of {@code ReferenceGrantFrom}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceGrantFrom}. */
  final class Builder extends ImmutableReferenceGrantFrom.Builder {}
}
