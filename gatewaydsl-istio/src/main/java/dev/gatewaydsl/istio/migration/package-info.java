/**
 * The move from Istio's networking API to the Gateway API: {@link
 * dev.gatewaydsl.istio.migration.IstioToGatewayApi} converts a whole {@link
 * dev.gatewaydsl.istio.IstioSet} into Gateway API resources (and one Service per DestinationRule
 * subset that a route uses), and lists in a {@link dev.gatewaydsl.istio.migration.MigrationReport}
 * everything it could not convert or converted with a difference.
 */
package dev.gatewaydsl.istio.migration;
