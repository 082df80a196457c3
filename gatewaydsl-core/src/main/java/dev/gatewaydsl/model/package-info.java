/**
 * What every Kubernetes object shares ({@link dev.gatewaydsl.model.KubernetesResource}, {@link
 * dev.gatewaydsl.model.ObjectMeta}, {@link dev.gatewaydsl.model.LabelSelector}) and the core
 * kinds {@link dev.gatewaydsl.model.Namespace} and {@link dev.gatewaydsl.model.Secret}. The
 * Gateway API kinds are in {@code model.gateway}, the workload kinds in {@code model.workload}.
 */
package dev.gatewaydsl.model;
