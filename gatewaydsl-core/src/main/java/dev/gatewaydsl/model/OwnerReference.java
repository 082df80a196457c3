package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code metadata.ownerReferences}: an object this one depends on, found by its
 * {@code uid}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/">ObjectMeta</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableOwnerReference.class)
public interface OwnerReference {

  /** {@code apiVersion} of the owner. */
  String apiVersion();

  /** {@code kind} of the owner. */
  String kind();

  /** {@code name} of the owner. */
  String name();

  /** {@code uid} of the owner. */
  String uid();

  /** {@code controller}: whether the owner is the managing controller. */
  Optional<Boolean> controller();

  /** {@code blockOwnerDeletion}: whether the owner waits for this object's deletion. */
  Optional<Boolean> blockOwnerDeletion();

  /** Returns an empty builder of {@code OwnerReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OwnerReference}. */
  final class Builder extends ImmutableOwnerReference.Builder {}
}
