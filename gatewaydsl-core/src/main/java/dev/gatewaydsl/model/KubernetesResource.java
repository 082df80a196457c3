package dev.gatewaydsl.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A top-level Kubernetes object: what {@code kubectl apply} takes. Every kind of this library
 * implements it, and {@code Manifests} writes any mix of them.
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public interface KubernetesResource {

  /** {@code apiVersion}, e.g. {@code gateway.networking.k8s.io/v1}. */
  String apiVersion();

  /** {@code kind}, e.g. {@code HTTPRoute}. */
  String kind();

  /** {@code metadata}. */
  ObjectMeta metadata();
}
