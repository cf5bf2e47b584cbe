package com.scfengine.limits;

import com.scfengine.common.FieldErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/facilities}: credit analysts set limits; anyone signed in reads them. */
@RestController
@RequestMapping("/api/facilities")
@Tag(name = "Facilities", description = "Credit limits and what is used of them")
class FacilityController {

  private final Facilities facilities;

  FacilityController(Facilities facilities) {
    this.facilities = facilities;
  }

  record FacilityView(String id, String enterpriseId, FacilityKind kind, String product, String counterpartyId,
      String country, String currency, BigDecimal limit, BigDecimal utilised, BigDecimal available, LocalDate expiry) {
    static FacilityView of(CreditFacility f) {
      return new FacilityView(f.getId(), f.getEnterpriseId(), f.getKind(), f.getProduct(), f.getCounterpartyId(),
          f.getCountry(), f.getCurrency(), f.getLimit(), f.getUtilised(), f.getAvailable(), f.getExpiry());
    }
  }

  @PostMapping
  @Operation(summary = "Set a credit facility", description = """
      A limit on an enterprise: OBLIGOR (its own borrowing), DEBTOR (as the buyer of financed receivables), \
      PROGRAMME (a core enterprise's supply-chain programme), BANK (a guarantor or issuing bank) or COUNTRY (a \
      country's risk, with `country`). `product` limits it to one product, `counterpartyId` to one counterparty; \
      `id` is optional. The example gives the enterprise registered by the example of `POST /api/enterprises` its \
      limit.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "OBLIGOR", value = """
          { "enterpriseId": "SME-101", "kind": "OBLIGOR", "currency": "USD", "limit": "250000.00",
            "expiry": "{{today+365}}" }"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The facility, with `Location`"),
          @ApiResponse(responseCode = "409", description = "A facility with that `id` exists")})
  ResponseEntity<FacilityView> create(@RequestBody Facilities.Request request) {
    CreditFacility facility = facilities.create(request);
    return ResponseEntity.created(URI.create("/api/facilities/" + facility.getId())).body(FacilityView.of(facility));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A facility", description = "Its limit, with `utilised` and `available`.")
  FacilityView get(@PathVariable String id) {
    return FacilityView.of(facilities.get(id));
  }

  @GetMapping
  @Operation(summary = "An enterprise's facilities",
      description = "Every facility of `enterpriseId` (e.g. `SME-001`), oldest first.")
  List<FacilityView> list(@RequestParam String enterpriseId) {
    FieldErrors errors = new FieldErrors();
    String id = errors.identifier("enterpriseId", enterpriseId);
    errors.throwIfAny("Facility query");
    return facilities.of(id).stream().map(FacilityView::of).toList();
  }
}
