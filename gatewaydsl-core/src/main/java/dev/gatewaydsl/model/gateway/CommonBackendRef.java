package dev.gatewaydsl.model.gateway;

import java.util.Optional;

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

  /** {@code namespace}: unset means the route's. */
  Optional<String> namespace();

  /** {@code port}: required for a Service. */
  Optional<Integer> port();

  /** {@code weight}: the share of traffic; unset means 1. */
  Optional<Integer> weight();

  /**
   * Whether it names a core Service: an empty group, and kind {@code Service} or unset. (Not named
   * {@code isService}, which Jackson would take for a property.)
   */
  default boolean namesService() {
    return group().orElse("").isEmpty() && kind().orElse("Service").equals("Service");
  }
}
