package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;

/**
 * A rule of TCPRoute, UDPRoute or TLSRoute: an optional {@code name} and the {@code backendRefs}
 * everything the route accepts goes to, split by weight. The copy methods and the check are
 * written here once.
 *
 * @param <R> the rule type, returned by the copy methods
 */
public interface L4RouteRule<R extends L4RouteRule<R>> extends RouteRule {

  /** {@code backendRefs}: 1 to 16 backends. */
  @Override
  List<BackendRef> backendRefs();

  /** A copy with {@link BackendRef#to(Service, int) BackendRef.to(service, port)} added. */
  default R backendRef(Service service, int port) {
    return backendRef(BackendRef.to(service, port));
  }

  /** A copy with {@code backendRef} added to {@code backendRefs}. */
  R backendRef(BackendRef backendRef);

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.rule(backendRefs(), path, violations);
  }
}
