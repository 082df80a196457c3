/**
 * Runnable scenarios, one class each, listed by {@link dev.gatewaydsl.examples.Example#all()} and
 * run by {@link dev.gatewaydsl.examples.Main}. Every example has an approval test. Not published.
 *
 * <p>The examples of the common Gateway API forms ({@code https-redirect} to {@code
 * experimental}) are written for a cluster with the CRDs of Gateway API v1.6.1, and use the
 * GatewayClass {@code example}: put your implementation's there, e.g. {@code istio}. Their HTTP
 * backends run {@code registry.k8s.io/echoserver}, which answers with the request it received, so
 * the effect of a rewrite, a header filter or a split shows in the reply.
 */
package dev.gatewaydsl.examples;
