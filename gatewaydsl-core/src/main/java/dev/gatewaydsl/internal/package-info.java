/**
 * Implementation details shared by the model packages: the Immutables style and the syntax rules
 * of Kubernetes names. Not API: anything here may change without notice.
 */
package dev.gatewaydsl.internal;
