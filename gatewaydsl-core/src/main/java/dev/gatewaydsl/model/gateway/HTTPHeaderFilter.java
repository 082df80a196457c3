package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * The configuration of a {@code RequestHeaderModifier} or {@code ResponseHeaderModifier} filter:
 * headers to {@code set} (replace), to {@code add} (append to) and to {@code remove}.
 *
 * <pre>{@code
 * HTTPHeaderFilter.empty().set("X-Env", "prod").add("X-Trace", "on").remove("X-Debug")
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpheaderfilter">HTTPHeaderFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPHeaderFilter.class)
public interface HTTPHeaderFilter extends WithHTTPHeaderFilter, Validatable {

  /** {@code set}: headers replaced (or added when absent); names unique. */
  List<HTTPHeader> set();

  /** {@code add}: values appended to the headers; names unique. */
  List<HTTPHeader> add();

  /** {@code remove}: header names removed; unique. */
  List<String> remove();

  /** A filter that changes nothing yet: {@code {}}. Add entries with the verbs. */
  static HTTPHeaderFilter empty() {
    return builder().build();
  }

  /** A copy with {@code {name: name, value: value}} added to {@code set}. */
  default HTTPHeaderFilter set(String name, String value) {
    return builder().mergeFrom(this).addSet(HTTPHeader.of(name, value)).build();
  }

  /** A copy with {@code {name: name, value: value}} added to {@code add}. */
  default HTTPHeaderFilter add(String name, String value) {
    return builder().mergeFrom(this).addAdd(HTTPHeader.of(name, value)).build();
  }

  /** A copy with {@code name} and {@code more} added to {@code remove}. */
  default HTTPHeaderFilter remove(String name, String... more) {
    return builder().mergeFrom(this).addRemove(name).addRemove(more).build();
  }

  /** Returns an empty builder of {@code HTTPHeaderFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPHeaderFilter}. */
  final class Builder extends ImmutableHTTPHeaderFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath setPath = path.child("set");
    RouteChecks.uniqueNames(set(), HTTPHeader::name, setPath, violations);
    FieldPath addPath = path.child("add");
    RouteChecks.uniqueNames(add(), HTTPHeader::name, addPath, violations);
    FieldPath removePath = path.child("remove");
    RouteChecks.uniqueEntries(remove(), removePath, violations);
  }
}
