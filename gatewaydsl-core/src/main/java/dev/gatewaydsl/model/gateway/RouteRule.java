package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.Validatable;
import java.util.List;
import java.util.Optional;

/** What a rule of every route kind has: an optional {@code name} and its {@code backendRefs}. */
public interface RouteRule extends Validatable {

  /** {@code name} of the rule, which a policy or a status can refer to. */
  Optional<String> name();

  /** {@code backendRefs}: where the rule sends what it matches. */
  List<? extends CommonBackendRef> backendRefs();

  /** {@code filters}: applied to what the rule matches. Default: none, for the kinds without. */
  default List<? extends RouteFilter<?>> filters() {
    return List.of();
  }
}
