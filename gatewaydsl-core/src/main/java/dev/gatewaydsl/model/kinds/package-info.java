/**
 * The registry of the kinds this library models: for each, its API group, versions, kind name,
 * Java type and scope, and for a route kind the listener protocols it attaches to. The reader, the
 * analysis and anything else that enumerates kinds read this one table.
 */
package dev.gatewaydsl.model.kinds;
