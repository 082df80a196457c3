package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.List;
import org.immutables.value.Value;

/** {@code ReferenceGrant.spec}: who may reference ({@code from}) what ({@code to}). */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableReferenceGrantSpec.class)
public interface ReferenceGrantSpec extends WithReferenceGrantSpec {

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
}
