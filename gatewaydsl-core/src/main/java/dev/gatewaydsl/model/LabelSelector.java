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
 * A label query ({@code metav1.LabelSelector}): every {@code matchLabels} entry and every {@code
 * matchExpressions} requirement must hold. An empty selector matches everything, so it is written
 * as {@code {}}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/label-selector/">LabelSelector</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableLabelSelector.class)
public interface LabelSelector extends WithLabelSelector, Validatable {

  /** {@code matchLabels}. */
  Map<String, String> matchLabels();

  /** {@code matchExpressions}. */
  List<LabelSelectorRequirement> matchExpressions();

  /** Selects objects that carry the label {@code key=value}. */
  static LabelSelector matchLabel(String key, String value) {
    return builder().putMatchLabel(key, value).build();
  }

  /** Selects objects that carry every one of {@code labels}. */
  static LabelSelector matchLabels(Map<String, String> labels) {
    return builder().putAllMatchLabels(labels).build();
  }

  /** Whether objects with {@code labels} are selected (matchLabels and matchExpressions). */
  default boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> wanted : matchLabels().entrySet()) {
      if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
        return false;
      }
    }
    return matchExpressions().stream().allMatch(requirement -> requirement.matches(labels));
  }

  /** Returns an empty builder of {@code LabelSelector}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelSelector}. */
  final class Builder extends ImmutableLabelSelector.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath labels = path.child("matchLabels");
    matchLabels().forEach((key, value) -> {
      Syntax.qualifiedName(key, labels, violations);
      Syntax.labelValue(value, labels.key(key), violations);
    });
    for (int i = 0; i < matchExpressions().size(); i++) {
      matchExpressions().get(i).validate(path.child("matchExpressions").index(i), violations);
    }
  }
}
