package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a route's {@code spec.parentRefs}: the Gateway (optionally one of its listeners,
 * by {@code sectionName}, or one port) the route attaches to.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#parentreference">ParentReference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableParentReference.class)
public interface ParentReference extends WithParentReference {

  /** {@code group}: unset means {@code gateway.networking.k8s.io}. */
  Optional<String> group();

  /** {@code kind}: unset means {@code Gateway}. */
  Optional<String> kind();

  /** {@code namespace}: unset means the route's namespace. */
  Optional<String> namespace();

  /** {@code name} of the parent. */
  String name();

  /** {@code sectionName}: the listener's name, to attach to that listener only. */
  Optional<String> sectionName();

  /** {@code port}: to attach to the listeners on that port only. */
  Optional<Integer> port();

  /**
   * Attaches to {@code gateway}: its name and, when set, its namespace. Group and kind are left to
   * their defaults ({@code gateway.networking.k8s.io}, {@code Gateway}).
   */
  static ParentReference to(Gateway gateway) {
    Builder parent = builder().name(gateway.metadata().name());
    if (!gateway.metadata().namespace().isEmpty()) {
      parent.namespace(gateway.metadata().namespace());
    }
    return parent.build();
  }

  /**
   * Attaches to the listener {@code sectionName} of {@code gateway}.
   *
   * @throws IllegalArgumentException if {@code gateway} has no listener of that name
   */
  static ParentReference to(Gateway gateway, String sectionName) {
    List<String> names = gateway.spec().listeners().stream().map(Listener::name).toList();
    if (!names.contains(sectionName)) {
      throw new IllegalArgumentException("Gateway \"" + gateway.metadata().name()
          + "\" has no listener \"" + sectionName + "\"; its listeners are " + names);
    }
    return to(gateway).withSectionName(sectionName);
  }

  /** Returns an empty builder of {@code ParentReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParentReference}. */
  final class Builder extends ImmutableParentReference.Builder {}

  /**
   * Two references to the same parent must both name a section, and different ones: the two CEL
   * rules on {@code parentRefs}. Skipped past the 32-item limit, as the API server skips CEL
   * rules once {@code maxItems} fails, so that the work stays linear in the list's length.
   */
  static void validateSectionNames(List<ParentReference> refs, FieldPath path,
      Violations violations) {
    if (violations.has(Violation.Type.TOO_MANY, path)) {
      return;
    }
    List<Integer> missing = new ArrayList<>();
    List<Integer> repeated = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      for (int j = 0; j < refs.size(); j++) {
        if (i != j && refs.get(i).sameParentAs(refs.get(j))) {
          String a = refs.get(i).sectionName().orElse("");
          String b = refs.get(j).sectionName().orElse("");
          if (a.isEmpty() != b.isEmpty() && !missing.contains(i)) {
            missing.add(i);
          } else if (a.equals(b) && !repeated.contains(i)) {
            repeated.add(i);
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      violations.invalid(path, "array", "sectionName must be specified when parentRefs includes 2 or "
          + "more references to the same parent");
    }
    if (!repeated.isEmpty()) {
      violations.invalid(path, "array", "sectionName must be unique when parentRefs includes 2 or more "
          + "references to the same parent");
    }
  }

  private boolean sameParentAs(ParentReference other) {
    return group().orElse(GatewayApi.GROUP).equals(other.group().orElse(GatewayApi.GROUP))
        && kind().orElse("Gateway").equals(other.kind().orElse("Gateway"))
        && name().equals(other.name())
        && namespace().orElse("").equals(other.namespace().orElse(""));
  }

  /**
   * The two CEL rules on {@code parentRefs} in both channels: the standard channel's ({@link
   * #validateSectionNames}) and then, if those pass, the experimental channel's, by which two
   * references to the same parent must both or neither name a section and a port, and differ in
   * them. Passing both keeps the route valid whichever channel the cluster runs.
   */
  static void validateSectionNamesAndPorts(List<ParentReference> refs, FieldPath path,
      Violations violations) {
    if (violations.has(Violation.Type.TOO_MANY, path)) {
      return; // CEL rules are skipped once maxItems fails
    }
    Violations standard = Violations.of("", "");
    validateSectionNames(refs, path, standard);
    standard.list().forEach(violations::add);
    if (!standard.isEmpty()) {
      return;
    }
    boolean unpaired = false;
    boolean repeated = false;
    for (ParentReference a : refs) {
      int same = 0;
      for (ParentReference b : refs) {
        if (a.sameParentAs(b)) {
          unpaired |= a.sectionName().orElse("").isEmpty() != b.sectionName().orElse("").isEmpty()
              || a.port().isEmpty() != b.port().isEmpty();
          if (a.sectionName().orElse("").equals(b.sectionName().orElse(""))
              && a.port().equals(b.port())) {
            same++;
          }
        }
      }
      repeated |= same != 1;
    }
    if (unpaired) {
      violations.invalid(path, "array", "sectionName or port must be specified when parentRefs "
          + "includes 2 or more references to the same parent");
    }
    if (repeated) {
      violations.invalid(path, "array", "sectionName or port must be unique when parentRefs "
          + "includes 2 or more references to the same parent");
    }
  }
}
