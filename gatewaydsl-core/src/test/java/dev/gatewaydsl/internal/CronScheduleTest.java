package dev.gatewaydsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CronJob's schedule as the API server reads it (robfig/cron v3 {@code ParseStandard}, which
 * batch/v1 {@code validateScheduleFormat} calls): every field at its limits, one past them, and
 * the library's words for each problem.
 */
class CronScheduleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "* * * * *", "0 0 1 1 0", "59 23 31 12 6", "*/15 * * * *", "0 9-17 * * mon-fri",
      "0 0 * JAN,jul SUN", "5/10 * * * *", "0 0 ? * ?", "0,30 * * * *", "1-5/2 * * * *",
      "  0   0  *  *  *  ", "@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly",
      "@annually", "@every 1h30m", "@every 1.5s", "TZ=UTC 0 0 * * *"})
  void schedulesTheApiServerReadsAreAccepted(String schedule) {
    assertThat(CronSchedule.problem(schedule)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "60 * * * *   | end of range (60) above maximum (59): 60",
      "* 24 * * *   | end of range (24) above maximum (23): 24",
      "* * 0 * *    | beginning of range (0) below minimum (1): 0",
      "* * 32 * *   | end of range (32) above maximum (31): 32",
      "* * * 0 *    | beginning of range (0) below minimum (1): 0",
      "* * * 13 *   | end of range (13) above maximum (12): 13",
      "* * * * 7    | end of range (7) above maximum (6): 7",
      "5-3 * * * *  | beginning of range (5) beyond end of range (3): 5-3",
      "*/0 * * * *  | step of range should be a positive number: */0",
      "1-2-3 * * * * | too many hyphens: 1-2-3",
      "*/2/3 * * * * | too many slashes: */2/3",
      "x * * * *    | failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax",
      "* * * foo *  | failed to parse int from foo: strconv.Atoi: parsing \"foo\": invalid syntax",
      "-1 * * * *   | failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax",
      "*/-1 * * * * | negative number (-1) not allowed: -1",
      "* * * *      | expected exactly 5 fields, found 4: [* * * *]",
      "0 * * * * *  | expected exactly 5 fields, found 6: [0 * * * * *]",
      "@fortnightly | unrecognized descriptor: @fortnightly",
      "@every 5     | failed to parse duration @every 5: time: missing unit in duration \"5\"",
      "@every 1d    | failed to parse duration @every 1d: time: unknown unit \"d\" in duration "
          + "\"1d\"",
      "@every h     | failed to parse duration @every h: time: invalid duration \"h\"",
      "TZ=Mars/Olympus 0 0 * * * | provided bad location Mars/Olympus: unknown time zone "
          + "Mars/Olympus"})
  void schedulesTheApiServerRefusesAreRefusedInItsWords(String schedule, String problem) {
    assertThat(CronSchedule.problem(schedule)).contains(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires"})
  void zonesOfTheTimeZoneDatabaseAreKnown(String zone) {
    assertThat(CronSchedule.isZone(zone)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus", "Europe/Berlinn", "utc"})
  void otherZonesAreUnknown(String zone) {
    assertThat(CronSchedule.isZone(zone)).isFalse();
  }
}
