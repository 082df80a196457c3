/**
 * The Kubernetes Gateway API ({@code gateway.networking.k8s.io}): Gateways and their listeners,
 * routes and the references between them. Type names are the upstream Go type names and accessors
 * the JSON field names; static factories and verbs on the types are the DSL.
 */
package dev.gatewaydsl.model.gateway;
