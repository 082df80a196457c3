/**
 * The workload that routes send traffic to: {@code apps/v1} Deployments, core {@code v1} Services
 * and ServiceAccounts, with their containers, ports and readiness probes.
 */
package dev.gatewaydsl.model.workload;
