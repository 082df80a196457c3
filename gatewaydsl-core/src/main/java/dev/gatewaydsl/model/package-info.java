/**
 * What every Kubernetes object shares ({@link dev.gatewaydsl.model.KubernetesResource}, {@link
 * dev.gatewaydsl.model.ObjectMeta}, {@link dev.gatewaydsl.model.LabelSelector}) and the {@link
 * dev.gatewaydsl.model.Namespace} kind. The Gateway API kinds are in {@code model.gateway}, the
 * workload kinds in {@code model.workload}.
 */
package dev.gatewaydsl.model;
