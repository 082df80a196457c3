package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gateway API {@code Fraction}, e.g. the share of requests a mirror filter copies: {@code
 * numerator / denominator}, at most 1.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#fraction">Fraction</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableFraction.class)
public interface Fraction extends WithFraction, Validatable {

  /** The denominator the API server assumes when none is set. */
  int DEFAULT_DENOMINATOR = 100;

  /** {@code numerator}: 0 or more, at most the denominator. */
  int numerator();

  /** {@code denominator}: 1 or more; unset means 100. */
  Optional<Integer> denominator();

  /** {@code {numerator: numerator, denominator: denominator}}. */
  static Fraction of(int numerator, int denominator) {
    return builder().numerator(numerator).denominator(denominator).build();
  }

  /** Returns an empty builder of {@code Fraction}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Fraction}. */
  final class Builder extends ImmutableFraction.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    if (numerator() > denominator().orElse(DEFAULT_DENOMINATOR)) {
      violations.invalid(path, "object", "numerator must be less than or equal to denominator");
    }
  }
}
