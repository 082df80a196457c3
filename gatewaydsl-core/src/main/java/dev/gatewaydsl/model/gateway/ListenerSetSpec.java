package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/** {@code ListenerSet.spec}: the parent Gateway and the listeners added to it. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableListenerSetSpec.class)
public interface ListenerSetSpec extends WithListenerSetSpec, Validatable {

  /** {@code parentRef}: the Gateway, which must allow the ListenerSet's namespace. */
  ParentGatewayReference parentRef();

  /** {@code listeners}: 1 to 64, names unique. */
  List<ListenerEntry> listeners();

  /** Returns an empty builder of {@code ListenerSetSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListenerSetSpec}. */
  final class Builder extends ImmutableListenerSetSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    ListenerFields.validateAll(listeners(), path.child("listeners"), violations);
  }
}
