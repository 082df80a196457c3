package dev.gatewaydsl.istio;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.KubernetesResource;
import java.util.List;

/**
 * A {@code networking.istio.io} resource. It is a {@link KubernetesResource}, so {@code
 * Manifests} writes it like any other; it is written as {@link #toTree()}.
 */
public sealed interface IstioResource extends KubernetesResource
    permits Gateway, VirtualService, DestinationRule {

  /** The API group, {@code networking.istio.io}. */
  String GROUP = "networking.istio.io";

  /** The versions read and written: {@code v1}, {@code v1beta1}, {@code v1alpha3}. */
  List<String> VERSIONS = List.of("v1", "v1beta1", "v1alpha3");

  /** The metadata fields other than name, namespace, labels and annotations, as read. */
  Unmodelled metadataUnmodelled();

  /** The top-level fields other than apiVersion, kind, metadata and spec, as read. */
  Unmodelled unmodelled();

  /** The resource as a JSON tree: modelled fields in the proto's order, then the unmodelled. */
  @JsonValue
  ObjectNode toTree();
}
