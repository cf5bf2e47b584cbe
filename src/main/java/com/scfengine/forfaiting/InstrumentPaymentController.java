package com.scfengine.forfaiting;

import com.scfengine.applications.ApplicationView;
import com.scfengine.applications.Applications;
import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.process.AsSystem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications/{id}/instruments/{number}/payment} (trade operations, treasury): the guarantor bank
 * paid a presented instrument in full, {@code {"amount": "250000.00", "currency": "USD"}}. 409 when that instrument is
 * not the one waiting for its payment.
 */
@RestController
class InstrumentPaymentController {

  static final String INSTRUMENT_PAID = "InstrumentPaid";

  private final Instruments instruments;
  private final Applications applications;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  InstrumentPaymentController(Instruments instruments, Applications applications, RuntimeService runtimeService,
      IdentityService identityService) {
    this.instruments = instruments;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  record Payment(String amount, String currency) {}

  @PostMapping("/api/applications/{id}/instruments/{number}/payment")
  @Operation(tags = "Forfaiting", summary = "Record an instrument's payment at maturity", description = """
      The guarantor bank paid one instrument of a forfaiting deal in full: its face amount, in its currency.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "BE-1 paid", value = """
          { "amount": "250000.00", "currency": "USD" }"""))),
      responses = {@ApiResponse(responseCode = "200", description = "The deal"),
          @ApiResponse(responseCode = "409", description = "The instrument is not waiting for its payment")})
  ApplicationView pay(@PathVariable String id, @PathVariable String number, @RequestBody Payment body) {
    applications.get(id);
    Instrument instrument = instruments.of(id).stream().filter(i -> i.getNumber().equals(number)).findFirst()
        .orElseThrow(() -> new com.scfengine.common.NotFoundException("Deal " + id + " has no instrument " + number));
    FieldErrors errors = new FieldErrors();
    String currency = errors.currency("currency", body.currency());
    BigDecimal amount = errors.positiveAmount("amount", body.amount(), currency);
    if (currency != null && !currency.equals(instrument.getCurrency())) {
      errors.add("currency", "must be the instrument's currency " + instrument.getCurrency());
    }
    if (amount != null && amount.compareTo(instrument.getFaceAmount()) != 0) {
      errors.add("amount", "must be the instrument's full face " + instrument.getFaceAmount().toPlainString());
    }
    errors.throwIfAny("Instrument payment");
    // correlated as the system: the caller's role was checked by the API's security rules
    try {
      AsSystem.run(identityService, () -> runtimeService.createMessageCorrelation(INSTRUMENT_PAID)
          .processInstanceBusinessKey(id).localVariableEquals("instrumentPosition", instrument.getPosition())
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new ConflictException("Instrument " + number + " of " + id + " is not waiting for its payment (it is "
          + instrument.getState() + ")");
    }
    return ApplicationView.of(applications.get(id));
  }
}
