/**
 * {@link dev.gatewaydsl.yaml.Manifests}: the one configured YAML writer and reader of this
 * library. Output is deterministic and diff-friendly; input is read strictly and within limits.
 * {@link dev.gatewaydsl.yaml.ManifestDirectory} writes a GitOps directory (one file per resource
 * and a {@code kustomization.yaml}) atomically, idempotently and with a safe prune.
 */
package dev.gatewaydsl.yaml;
