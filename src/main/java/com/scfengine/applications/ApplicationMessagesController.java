package com.scfengine.applications;

import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.process.AsSystem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the outside world tells a running application, correlated to its instance by the application id
 * (the business key): the buyer's confirmation of an assigned invoice, and the buyer's payment.
 */
@RestController
@RequestMapping("/api/applications/{id}")
@Tag(name = "Applications")
class ApplicationMessagesController {

  static final String BUYER_CONFIRMATION = "BuyerConfirmation";
  static final String PAYMENT_RECEIVED = "PaymentReceived";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Applications applications;

  ApplicationMessagesController(RuntimeService runtimeService, IdentityService identityService,
      Applications applications) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.applications = applications;
  }

  /** The longest comment a buyer's confirmation keeps. */
  static final int MAX_COMMENT = 1000;

  record BuyerConfirmation(Boolean confirmed, String comment) {}

  record Payment(String amount, String currency) {}

  /** {@code {"confirmed": true, "comment": "..."}}: the buyer acknowledges (or disputes) the invoice. */
  @PostMapping("/buyer-confirmation")
  @Operation(summary = "Record the buyer's confirmation", description = """
      The buyer acknowledges (`confirmed: true`) or disputes an assigned invoice or a purchase order.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Confirmed", value = """
          { "confirmed": true, "comment": "Acknowledged by Northwind Retail's accounts payable" }"""))),
      responses = {@ApiResponse(responseCode = "200", description = "The application"),
          @ApiResponse(responseCode = "409", description = "The application is not waiting for it")})
  ResponseEntity<ApplicationView> buyerConfirmation(@PathVariable String id, @RequestBody BuyerConfirmation body) {
    FinancingApplication application = applications.get(id);
    FieldErrors errors = new FieldErrors();
    if (body.confirmed() == null) {
      errors.add("confirmed", "is required (true or false)");
    }
    String comment = errors.comment("comment", body.comment(), MAX_COMMENT);
    errors.throwIfAny("Buyer confirmation");
    correlate(id, BUYER_CONFIRMATION, Map.of("buyerConfirmed", body.confirmed(),
        "buyerComment", comment == null ? "" : comment), "a buyer confirmation");
    return ResponseEntity.ok(ApplicationView.of(applications.get(application.getId())));
  }

  /** {@code {"amount": "100000.00", "currency": "USD"}}: the buyer paid the receivable in full. */
  @PostMapping("/payments")
  @Operation(summary = "Record the buyer's payment", description = """
      The buyer paid the receivable's face amount in full, in the application's currency (partial payments are not \
      supported).""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Paid in full", value = """
          { "amount": "100000.00", "currency": "USD" }"""))),
      responses = {@ApiResponse(responseCode = "200", description = "The application"),
          @ApiResponse(responseCode = "409", description = "The application is not waiting for a payment")})
  ResponseEntity<ApplicationView> payment(@PathVariable String id, @RequestBody Payment body) {
    FinancingApplication application = applications.get(id);
    FieldErrors errors = new FieldErrors();
    String currency = errors.currency("currency", body.currency());
    BigDecimal amount = errors.positiveAmount("amount", body.amount(), currency);
    if (currency != null && !currency.equals(application.getCurrency())) {
      errors.add("currency", "must be the application's currency " + application.getCurrency());
    }
    if (amount != null && amount.compareTo(application.getAmount()) != 0) {
      errors.add("amount", "must be the full face amount " + application.getAmount().toPlainString()
          + " (partial payments are not supported)");
    }
    errors.throwIfAny("Payment");
    correlate(id, PAYMENT_RECEIVED, Map.of("paidAmount", amount.toPlainString()), "a payment");
    return ResponseEntity.ok(ApplicationView.of(applications.get(id)));
  }

  /**
   * Correlates as the system: the caller's role was checked by the API's security rules, and the message
   * must reach the instance whoever may read it in Camunda's own terms.
   */
  private void correlate(String id, String message, Map<String, Object> variables, String what) {
    try {
      AsSystem.run(identityService, () -> runtimeService.createMessageCorrelation(message)
          .processInstanceBusinessKey(id).setVariables(variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new ConflictException("Application " + id + " is not waiting for " + what + " (status "
          + applications.get(id).getStatus() + ")");
    }
  }
}
