/**
 * The schema rules of the Gateway API CRDs and the one walk that checks them: {@link
 * dev.gatewaydsl.schema.Catalog} reads the facts each supported release and channel states for
 * every field (generated from the CRDs), and {@link dev.gatewaydsl.schema.TargetChecks} walks a
 * resource as it is serialized and reports every field its target does not serve and every value
 * that breaks a fact, in the API server's words. Not API: anything here may change without notice.
 */
package dev.gatewaydsl.schema;
