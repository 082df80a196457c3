package dev.gatewaydsl.model.gateway;

import java.util.List;
import java.util.Optional;

/** What a rule of every route kind has: an optional {@code name} and its {@code backendRefs}. */
public interface RouteRule {

  /** {@code name} of the rule, which a policy or a status can refer to. */
  Optional<String> name();

  /** {@code backendRefs}: where the rule sends what it matches. */
  List<? extends CommonBackendRef> backendRefs();
}
