package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One {@code matchExpressions} entry of a {@link LabelSelector}: {@code key}, an {@code operator}
 * ({@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}) and {@code values}.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableLabelSelectorRequirement.class)
public interface LabelSelectorRequirement extends WithLabelSelectorRequirement, Validatable {

  /** The operators the API accepts. */
  List<String> OPERATORS = List.of("In", "NotIn", "Exists", "DoesNotExist");

  /** {@code key}: the label key the requirement applies to. */
  String key();

  /** {@code operator}: {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. */
  String operator();

  /** {@code values}: non-empty for {@code In}/{@code NotIn}, empty otherwise. */
  List<String> values();

  /** {@code key In (values...)}. */
  static LabelSelectorRequirement in(String key, String... values) {
    return builder().key(key).operator("In").addValues(values).build();
  }

  /** {@code key Exists}. */
  static LabelSelectorRequirement exists(String key) {
    return builder().key(key).operator("Exists").build();
  }

  /** Whether objects with {@code labels} satisfy this requirement. */
  default boolean matches(Map<String, String> labels) {
    String actual = labels.get(key());
    return switch (operator()) {
      case "In" -> actual != null && values().contains(actual);
      case "NotIn" -> actual == null || !values().contains(actual);
      case "Exists" -> actual != null;
      case "DoesNotExist" -> actual == null;
      default -> false;
    };
  }

  /** Returns an empty builder of {@code LabelSelectorRequirement}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelSelectorRequirement}. */
  final class Builder extends ImmutableLabelSelectorRequirement.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    Syntax.qualifiedName(key(), path.child("key"), violations);
    if (!OPERATORS.contains(operator())) {
      violations.notSupported(path.child("operator"), operator(), OPERATORS);
    } else if (operator().startsWith("In") || operator().startsWith("NotIn")) {
      if (values().isEmpty()) {
        violations.required(path.child("values"),
            "must be specified when `operator` is 'In' or 'NotIn'");
      }
    } else if (!values().isEmpty()) {
      violations.forbidden(path.child("values"),
          "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    }
    // as for a Deployment's selector (AllowInvalidLabelValueInSelector: false)
    for (int i = 0; i < values().size(); i++) {
      Syntax.labelValue(values().get(i), path.child("values").index(i), violations);
    }
  }
}
