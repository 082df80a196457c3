/**
 * {@link dev.gatewaydsl.yaml.Manifests}: the YAML codec of this library. Output is deterministic
 * and diff-friendly; input is read strictly and within limits. Writing a GitOps folder of files is
 * {@link dev.gatewaydsl.gitops}.
 */
package dev.gatewaydsl.yaml;
