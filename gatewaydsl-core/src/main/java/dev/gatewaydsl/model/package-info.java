/**
 * What every Kubernetes object shares ({@link dev.gatewaydsl.model.KubernetesResource}, {@link
 * dev.gatewaydsl.model.ObjectMeta}, {@link dev.gatewaydsl.model.LabelSelector}), the core
 * kinds {@link dev.gatewaydsl.model.Namespace} and {@link dev.gatewaydsl.model.Secret}, and {@link
 * dev.gatewaydsl.model.GenericResource} for any kind the library does not model. The Gateway API
 * kinds are in {@code model.gateway}, the workload kinds in {@code model.workload}.
 */
package dev.gatewaydsl.model;
