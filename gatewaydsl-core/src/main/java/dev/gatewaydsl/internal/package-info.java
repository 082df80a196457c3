/**
 * Implementation details shared by the model packages: the Immutables style, the syntax rules of
 * Kubernetes names, the serialization of model values ({@code ModelWriter}, through {@link
 * dev.gatewaydsl.internal.Trees}) and the one mapper configuration. It imports no model package.
 * Not API: anything here may change without notice.
 */
package dev.gatewaydsl.internal;
