package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields of the API's {@code BackendRef}, which every route kind's backend reference has:
 * {@link BackendRef} itself, and {@link HTTPBackendRef} and {@link GRPCBackendRef}, which add
 * filters.
 */
public interface CommonBackendRef {

  /** {@code group}: unset or empty means the core group (Services). */
  Optional<String> group();

  /** {@code kind}: unset means {@code Service}. */
  Optional<String> kind();

  /** {@code name} of the backend. */
  String name();

  /** {@code namespace}: unset means the route's; another one needs a ReferenceGrant there. */
  Optional<String> namespace();

  /** {@code port}: required for a Service. */
  Optional<Integer> port();

  /** {@code weight}: the share of traffic, 0 to 1,000,000; unset means 1. */
  Optional<Integer> weight();

  /**
   * {@code filters}: applied only to what is sent to this backend. Default: none, for the kinds
   * without.
   */
  default List<? extends RouteFilter<?>> filters() {
    return List.of();
  }

  /**
   * The namespace of the Service this reference was made from by {@code HTTPBackendRef.to} or
   * {@code GRPCBackendRef.to}, so that the route can tell a cross-namespace reference that lacks
   * {@code namespace}. Not written to YAML and not part of equality.
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> serviceNamespace();

  /**
   * Whether it names a core Service: an empty group, and kind {@code Service} or unset. (Not named
   * {@code isService}, which Jackson would take for a property.)
   */
  default boolean namesService() {
    return group().orElse("").isEmpty() && kind().orElse("Service").equals("Service");
  }

  /** The namespace of {@code service}, or none if it has none. */
  static Optional<String> namespaceOf(Service service) {
    String namespace = service.metadata().namespace();
    return namespace.isEmpty() ? Optional.empty() : Optional.of(namespace);
  }
}
