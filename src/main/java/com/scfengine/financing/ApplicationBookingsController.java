package com.scfengine.financing;

import com.scfengine.applications.Applications;
import com.scfengine.corebanking.CoreBanking;
import com.scfengine.corebanking.LedgerBooking;
import com.scfengine.money.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/applications/{id}/bookings}: what the ledger holds for an application, read through the
 * core-banking port — the ledger is the record of money moved; the product keeps only keys and booking ids.
 */
@RestController
@Tag(name = "Applications", description = "Financing applications of every product")
class ApplicationBookingsController {

  private final Applications applications;
  private final CoreBanking coreBanking;

  ApplicationBookingsController(Applications applications, CoreBanking coreBanking) {
    this.applications = applications;
    this.coreBanking = coreBanking;
  }

  /** One booking of the ledger. */
  record BookingView(String idempotencyKey, String kind, Instant bookedAt, List<PostingView> postings) {
    static BookingView of(LedgerBooking booking) {
      return new BookingView(booking.idempotencyKey(), booking.kind(), booking.bookedAt(), booking.postings().stream()
          .map(p -> new PostingView(p.account(), p.side().name(), Money.of(p.amount(), booking.currency()),
              booking.currency()))
          .toList());
    }
  }

  /** One leg: an account debited or credited. */
  record PostingView(String account, String side, BigDecimal amount, String currency) {}

  @GetMapping("/api/applications/{id}/bookings")
  @Operation(summary = "An application's bookings", description = """
      Every booking the bank's ledger holds for the application (its reference), oldest first, each with its \
      idempotency key and its balanced postings: the disbursement, fees, margins, collections, claims. Read from core \
      banking; `[]` before money has moved.""",
      responses = @ApiResponse(responseCode = "200", description = "The application's bookings", content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "A factoring disbursement", value = """
              [{"idempotencyKey": "FACTORING-20261123-7KQ2M9XA:DISBURSEMENT", "kind": "DISBURSEMENT",
                "bookedAt": "2026-11-23T09:30:00Z", "postings": [
                  {"account": "ASSET:FINANCED-RECEIVABLES", "side": "DEBIT", "amount": 30000.00, "currency": "USD"},
                  {"account": "CUSTOMER:SME-001", "side": "CREDIT", "amount": 29541.67, "currency": "USD"},
                  {"account": "INCOME:DISCOUNT", "side": "CREDIT", "amount": 408.33, "currency": "USD"},
                  {"account": "INCOME:FEES", "side": "CREDIT", "amount": 50.00, "currency": "USD"}]}]"""))))
  List<BookingView> bookings(@PathVariable String id) {
    applications.get(id); // 404 for an application nobody recorded
    return coreBanking.bookingsOf(Set.of(id)).stream().map(BookingView::of).toList();
  }
}
