package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/** {@code ReferenceGrant.spec}: who may reference ({@code from}) what ({@code to}). */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableReferenceGrantSpec.class)
public interface ReferenceGrantSpec extends WithReferenceGrantSpec, Validatable {

  /** {@code from}: 1 to 16 kinds and namespaces allowed to reference. */
  List<ReferenceGrantFrom> from();

  /** {@code to}: 1 to 16 kinds (and optionally names) that may be referenced. */
  List<ReferenceGrantTo> to();

  /** Returns an empty builder of {@code ReferenceGrantSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceGrantSpec}. */
  final class Builder extends ImmutableReferenceGrantSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    validateList(from(), path.child("from"), violations);
    validateList(to(), path.child("to"), violations);
  }

  private static void validateList(List<? extends Validatable> entries, FieldPath path,
      Violations violations) {
    for (int i = 0; i < entries.size(); i++) {
      entries.get(i).validate(path.index(i), violations);
    }
  }
}
