/**
 * The workload that routes send traffic to: {@code apps/v1} Deployments and core {@code v1}
 * Services, with their containers and ports.
 */
package dev.gatewaydsl.model.workload;
