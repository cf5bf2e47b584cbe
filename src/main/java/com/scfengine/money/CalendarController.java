package com.scfengine.money;

import com.scfengine.money.CalendarProperties.Holiday;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The banking calendars, for any signed-in user: what {@link BankingCalendar} computes dates with.
 * <ul>
 *   <li>{@code GET /api/calendars/{currency}?from=&to=}: every day from {@code from} to {@code to} (both included,
 *       at most two years apart) that is not a banking day, with its name; {@code from} defaults to today and
 *       {@code to} to a year after {@code from}. Make-up working days on a weekend are banking days, so not listed.
 *   <li>{@code GET /api/calendars/{currency}/banking-days?after=&count=}: the {@code count}-th banking day following
 *       {@code after}, which itself never counts and need not be a banking day (UCP 600 Art. 14(b): five banking
 *       days following the day of presentation); {@code count} 0 to 366, where 0 answers {@code after} itself.
 * </ul>
 * A currency with no configured holidays has weekends only. Bad parameters are answered 400 problem+json naming each
 * one, in the shape the web layer gives every refused request ({@code errors: [{field, message}]}); this module sits
 * below {@code common}, whose field checks use {@link Money}, so it builds that answer itself.
 */
@RestController
@RequestMapping("/api/calendars")
@Tag(name = "Calendars", description = "Banking calendars of each currency")
class CalendarController {

  /** The most banking days one question may count: a year's worth. */
  static final int MAX_COUNT = 366;

  /** The longest range one calendar answer covers. */
  static final int MAX_YEARS = 2;

  private final BankingCalendar calendar;
  private final DayCounts dayCounts;
  private final Clock clock;

  CalendarController(BankingCalendar calendar, DayCounts dayCounts, Clock clock) {
    this.calendar = calendar;
    this.dayCounts = dayCounts;
    this.clock = clock;
  }

  /** A currency's days without settlement in a range. */
  record CalendarView(String currency, DayCount dayCount, LocalDate from, LocalDate to,
      List<Holiday> nonBankingDays) {}

  /** The {@code count}-th banking day after {@code after}. */
  record BankingDayView(String currency, LocalDate after, int count, LocalDate date) {}

  /** One refused parameter, as the web layer names fields everywhere. */
  record FieldError(String field, String message) {}

  @GetMapping("/{currency}")
  @Operation(summary = "A currency's non-banking days", description = """
      Every day from `from` (default today) to `to` (default a year after `from`, at most two years) that is not a \
      banking day, with its name, and the currency's day-count basis.""",
      responses = {@ApiResponse(responseCode = "200", description = "The non-banking days"),
          @ApiResponse(responseCode = "400", description = "A bad currency, date or range, each named")})
  CalendarView calendar(@PathVariable String currency, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    List<FieldError> errors = new ArrayList<>();
    String code = currency(currency, errors);
    LocalDate start = from == null ? LocalDate.now(clock) : date("from", from, errors);
    LocalDate end = to == null ? (start == null ? null : start.plusYears(1)) : date("to", to, errors);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        errors.add(new FieldError("to", "must not be before from (" + start + ")"));
      } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
        errors.add(new FieldError("to", "must be at most " + MAX_YEARS + " years after from (" + start
            + "): ask for a longer period in parts"));
      }
    }
    throwIfAny("Calendar query", errors);
    return new CalendarView(code, dayCounts.forCurrency(code), start, end,
        calendar.nonBankingDays(code, start, end));
  }

  @GetMapping("/{currency}/banking-days")
  @Operation(summary = "The n-th banking day after a date", description = """
      The `count`-th (0 to 366) banking day following `after`, e.g. `count=5` for a letter of credit's examination \
      deadline.""",
      responses = {@ApiResponse(responseCode = "200", description = "The banking day"),
          @ApiResponse(responseCode = "400", description = "A bad currency, date or count, each named")})
  BankingDayView bankingDays(@PathVariable String currency, @RequestParam(required = false) String after,
      @RequestParam(required = false) String count) {
    List<FieldError> errors = new ArrayList<>();
    String code = currency(currency, errors);
    LocalDate date = date("after", after, errors);
    Integer n = count(count, errors);
    throwIfAny("Banking-day query", errors);
    return new BankingDayView(code, date, n, calendar.addBankingDays(date, n, code));
  }

  private static String currency(String currency, List<FieldError> errors) {
    if (!Money.isKnownCurrency(currency)) {
      errors.add(new FieldError("currency", "'" + abbreviated(currency) + "' is not an ISO 4217 currency code"));
      return null;
    }
    return currency;
  }

  /** A date written yyyy-MM-dd (four-digit year), or {@code null} with the reason in {@code errors}. */
  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    String text = value.strip();
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // named below
    }
    errors.add(new FieldError(field, "'" + abbreviated(text) + "' is not a valid ISO-8601 date (yyyy-MM-dd)"));
    return null;
  }

  private static Integer count(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError("count", "is required"));
      return null;
    }
    String text = value.strip();
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      errors.add(new FieldError("count", "'" + abbreviated(text) + "' is not a whole number"));
      return null;
    }
    if (n < 0 || n > MAX_COUNT) {
      errors.add(new FieldError("count", "must be between 0 and " + MAX_COUNT + ", was " + n));
      return null;
    }
    return n;
  }

  private static String abbreviated(String text) {
    return text != null && text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** 400 problem+json naming every bad parameter, if there is any. */
  private static void throwIfAny(String what, List<FieldError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        what + " has " + errors.size() + " invalid field(s): "
            + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
    problem.setTitle("Invalid request");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("errors", List.copyOf(errors));
    throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
