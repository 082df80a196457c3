package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code ReferenceGrant.spec.to}: a group and kind, optionally one name. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableReferenceGrantTo.class)
public interface ReferenceGrantTo extends WithReferenceGrantTo {

  /** {@code group}: required; empty for the core group (Services, Secrets), written as {@code ""}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code Service}. */
  String kind();

  /** {@code name}: one object only; unset means every object of the kind. */
  Optional<String> name();

  /** {@code {group, kind}}: every object of that kind in the grant's namespace. */
  static ReferenceGrantTo of(String group, String kind) {
    return builder().group(group).kind(kind).build();
  }

  /** Returns an empty builder of {@code ReferenceGrantTo}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceGrantTo}. */
  final class Builder extends ImmutableReferenceGrantTo.Builder {}
}
