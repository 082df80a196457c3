/**
 * {@link dev.gatewaydsl.gitops.ManifestDirectory}: writes a GitOps folder (one file per resource
 * and a {@code kustomization.yaml}) atomically, idempotently and with a safe prune, in the YAML of
 * {@link dev.gatewaydsl.yaml.Manifests}.
 */
package dev.gatewaydsl.gitops;
