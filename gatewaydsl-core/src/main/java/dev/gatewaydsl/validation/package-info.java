/**
 * How problems are reported: {@link dev.gatewaydsl.validation.InvalidResourceException} with one
 * {@link dev.gatewaydsl.validation.Violation} per problem, located by a {@link
 * dev.gatewaydsl.validation.FieldPath}, in the format of the Kubernetes API server.
 */
package dev.gatewaydsl.validation;
