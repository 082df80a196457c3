/**
 * Runnable scenarios, one class each, listed by {@link dev.gatewaydsl.examples.Example#all()} and
 * run by {@link dev.gatewaydsl.examples.Main}. Every example has an approval test. Not published.
 */
package dev.gatewaydsl.examples;
