package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.OptBoolean;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A resource of the Gateway API group, written for a {@link GatewayApiTarget}. What every kind of
 * the group has in common is written here once: its apiVersion follows the target, the target is
 * passed (never ambient), and a missing name is reported rather than refused by the builder.
 */
public interface GatewayApiResource extends KubernetesResource {

  /**
   * Default: the newest version {@link #target()} serves for this kind, {@code
   * gateway.networking.k8s.io/v1} for the default target (e.g. {@code v1beta1} for a Gateway or an
   * HTTPRoute written for {@link GatewayApiTarget#V0_6_STANDARD}).
   */
  @Override
  @Value.Default
  default String apiVersion() {
    return target().defaultApiVersion(kind());
  }

  /**
   * The Gateway API installation this resource is written for. It is not written to YAML and does
   * not take part in {@code equals}. Default: {@link GatewayApiTarget#V1_6_STANDARD} (or the
   * target a {@code Manifests.fromYaml} call reads for).
   */
  @Value.Default
  @Value.Auxiliary
  @JsonIgnore
  @JacksonInject(useInput = OptBoolean.FALSE, optional = OptBoolean.TRUE)
  default GatewayApiTarget target() {
    return GatewayApiTarget.V1_6_STANDARD;
  }

  /**
   * The lists a read document set to empty ({@code backendRefs: []}), as field paths such as
   * {@code spec.rules[1].backendRefs}. The model cannot tell an empty list from an absent one, and
   * the writer leaves empty lists out; but the API server keeps a custom resource's {@code []} as
   * given, so these are written back as {@code []} and a document reads back as itself. Set by
   * {@code Manifests.fromYaml}; empty for a resource built in Java. Not written as a field, and not
   * part of {@code equals}.
   */
  @Value.Auxiliary
  @JsonIgnore
  Set<String> explicitlyEmptyLists();

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }
}
