/**
 * {@link dev.gatewaydsl.yaml.Manifests}: the one configured YAML writer and reader of this
 * library. Output is deterministic and diff-friendly; input is read strictly and within limits.
 */
package dev.gatewaydsl.yaml;
