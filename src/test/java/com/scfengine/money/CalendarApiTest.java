package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/calendars/{currency}} and {@code …/banking-days} through the real HTTP port and security, on the
 * shipped config/calendar.yaml: the Spring Festival by name, the examination deadline worked out by hand, bad
 * parameters named one by one, and who may read them.
 */
@DatabaseTest
class CalendarApiTest {

  @LocalServerPort int port;

  @Test
  void theCnyCalendarNamesTheSpringFestivalAndLeavesOutTheMakeUpSaturdays() {
    var answer = Api.on(port).as("analyst").get("/api/calendars/CNY?from=2026-02-14&to=2026-03-01");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode calendar = answer.json();
    assertThat(calendar.path("currency").asText()).isEqualTo("CNY");
    assertThat(calendar.path("dayCount").asText()).isEqualTo("ACT_365");
    assertThat(calendar.path("from").asText()).isEqualTo("2026-02-14");
    assertThat(calendar.path("to").asText()).isEqualTo("2026-03-01");
    // Sat 14 and Sat 28 February are make-up working days: not listed
    assertThat(days(calendar)).containsExactly(
        "2026-02-15 Sunday",
        "2026-02-16 Spring Festival (Lunar New Year's Eve)",
        "2026-02-17 Spring Festival (Lunar New Year's Day)",
        "2026-02-18 Spring Festival (second day)",
        "2026-02-19 Spring Festival (third day)",
        "2026-02-20 Spring Festival holiday",
        "2026-02-21 Saturday",
        "2026-02-22 Sunday",
        "2026-02-23 Spring Festival holiday",
        "2026-03-01 Sunday");
  }

  @Test
  void withoutARangeTheCalendarRunsAYearFromToday() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    var answer = Api.on(port).as("ops").get("/api/calendars/USD");
    LocalDate after = LocalDate.now(ZoneOffset.UTC);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    LocalDate from = LocalDate.parse(answer.json().path("from").asText());
    assertThat(from).isBetween(before, after);
    assertThat(answer.json().path("to").asText()).isEqualTo(from.plusYears(1).toString());
    assertThat(answer.json().path("dayCount").asText()).isEqualTo("ACT_360");
    // a year has 104 or 105 weekend days (a year and a day here, both ends included), and US holidays besides
    assertThat(answer.json().path("nonBankingDays").size()).isGreaterThanOrEqualTo(104);
  }

  @Test
  void bankingDaysAnswerTheExaminationDeadline() {
    // USD, presented Wed 2026-11-25: [Thu 26 Thanksgiving Day], Fri 27 (1), Mon 30 (2), Tue 1 Dec (3), Wed 2 (4),
    // Thu 3 (5)
    var answer = Api.on(port).as("analyst").get("/api/calendars/USD/banking-days?after=2026-11-25&count=5");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.path("currency").asText()).isEqualTo("USD");
    assertThat(json.path("after").asText()).isEqualTo("2026-11-25");
    assertThat(json.path("count").asInt()).isEqualTo(5);
    assertThat(json.path("date").asText()).isEqualTo("2026-12-03");

    // count 0 answers the date itself, even a holiday
    var zero = Api.on(port).as("analyst").get("/api/calendars/USD/banking-days?after=2026-11-26&count=0");
    assertThat(zero.json().path("date").asText()).as(zero.toString()).isEqualTo("2026-11-26");
  }

  @Test
  void badParametersAreNamed() {
    assertThat(fields(get("/api/calendars/ABC"))).containsExactly("currency");
    assertThat(fields(get("/api/calendars/CNY?from=2026-06-01&to=2026-05-01"))).containsExactly("to");
    assertThat(fields(get("/api/calendars/CNY?from=2026-01-01&to=2028-01-02"))).as("over two years")
        .containsExactly("to");
    assertThat(fields(get("/api/calendars/CNY?from=2026-02-30"))).containsExactly("from");
    assertThat(fields(get("/api/calendars/USD/banking-days?after=2026-11-25&count=-1"))).containsExactly("count");
    assertThat(fields(get("/api/calendars/USD/banking-days?after=2026-11-25&count=367"))).containsExactly("count");
    assertThat(fields(get("/api/calendars/USD/banking-days?after=2026-11-25&count=five"))).containsExactly("count");
    assertThat(fields(get("/api/calendars/XYZ/banking-days?after=25.11.2026")))
        .containsExactly("currency", "after", "count");

    var answer = get("/api/calendars/CNY?from=2026-06-01&to=2026-05-01");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().path("title").asText()).isEqualTo("Invalid request");
    assertThat(answer.json().path("detail").asText()).contains("to must not be before from (2026-06-01)");
  }

  @Test
  void anySignedInUserMayReadTheCalendarsAndNobodyElse() {
    String path = "/api/calendars/GBP?from=2026-12-24&to=2026-12-28";
    assertThat(Api.on(port).get(path).status()).isEqualTo(401);
    for (String user : List.of("rm", "analyst", "approver", "ops", "treasury", "designer", "admin")) {
      assertThat(Api.on(port).as(user).get(path).status()).as(user).isEqualTo(200);
    }
  }

  private Api.Response get(String path) {
    return Api.on(port).as("analyst").get(path);
  }

  private static List<String> days(JsonNode calendar) {
    List<String> days = new ArrayList<>();
    calendar.path("nonBankingDays").forEach(day -> days.add(day.path("date").asText() + " " + day.path("name").asText()));
    return days;
  }

  /** The fields a 400 problem+json names, in order. */
  private static List<String> fields(Api.Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }
}
