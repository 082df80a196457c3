package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.CronSchedule;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * {@code batch/v1} {@code CronJobSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#cronjobspec-v1-batch">CronJobSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableCronJobSpec.class)
public interface CronJobSpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code schedule}: string, required. */
  String schedule();

  /** {@code timeZone}: string. */
  Optional<String> timeZone();

  /** {@code startingDeadlineSeconds}: int64. */
  Optional<Long> startingDeadlineSeconds();

  /** {@code concurrencyPolicy}: string. */
  Optional<String> concurrencyPolicy();

  /** {@code suspend}: boolean. */
  Optional<Boolean> suspend();

  /** {@code jobTemplate}: {@link JobTemplateSpec}, required. */
  JobTemplateSpec jobTemplate();

  /** {@code successfulJobsHistoryLimit}: int32. */
  Optional<Integer> successfulJobsHistoryLimit();

  /** {@code failedJobsHistoryLimit}: int32. */
  Optional<Integer> failedJobsHistoryLimit();

  // End of generated fields.

  /** Returns an empty builder of {@code CronJobSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CronJobSpec}. */
  final class Builder extends ImmutableCronJobSpec.Builder {}

  /** The values {@code concurrencyPolicy} may take. */
  List<String> CONCURRENCY_POLICIES = List.of("Allow", "Forbid", "Replace");

  /**
   * As batch/v1 {@code validateCronJobSpec} on create: a standard cron schedule without {@code TZ=}
   * (the zone goes in {@code timeZone}), an IANA time zone, and a valid job template.
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath at = path.child("schedule");
    if (schedule().isEmpty()) {
      violations.required(at, "");
    } else {
      CronSchedule.problem(schedule()).ifPresent(p -> violations.invalid(at, schedule(), p));
      if (schedule().contains("TZ")) {
        violations.invalid(at, schedule(),
            "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
      }
    }
    PodTemplates.nonNegative(startingDeadlineSeconds(), path.child("startingDeadlineSeconds"),
        violations);
    timeZone().ifPresent(zone -> timeZone(zone, path.child("timeZone"), violations));
    concurrencyPolicy().filter(p -> !CONCURRENCY_POLICIES.contains(p)).ifPresent(p ->
        violations.notSupported(path.child("concurrencyPolicy"), p, CONCURRENCY_POLICIES));
    jobTemplate().validate(path.child("jobTemplate"), violations);
    PodTemplates.nonNegative(successfulJobsHistoryLimit(),
        path.child("successfulJobsHistoryLimit"), violations);
    PodTemplates.nonNegative(failedJobsHistoryLimit(), path.child("failedJobsHistoryLimit"),
        violations);
  }

  /** batch/v1 {@code validateTimeZone}: a zone of the IANA database by name, not {@code Local}. */
  private static void timeZone(String zone, FieldPath path, Violations violations) {
    if (zone.isEmpty()) {
      violations.invalid(path, zone, "timeZone must be nil or non-empty string");
      return;
    }
    for (String part : zone.split("/", -1)) {
      if (part.equals(".") || part.equals("..") || part.startsWith("-")
          || !TimeZoneRules.PART.matcher(part).matches()) {
        violations.invalid(path, zone, "unknown time zone " + zone);
        return;
      }
    }
    if (zone.equalsIgnoreCase("Local")) {
      violations.invalid(path, zone, "timeZone must be an explicit time zone as defined in "
          + "https://www.iana.org/time-zones");
    }
    if (!CronSchedule.isZone(zone)) {
      violations.invalid(path, zone, "unknown time zone " + zone);
    }
  }

  /** Patterns compiled once. */
  final class TimeZoneRules {
    static final Pattern PART = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");

    private TimeZoneRules() {}
  }
}
