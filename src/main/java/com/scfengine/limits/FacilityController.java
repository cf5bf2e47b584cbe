package com.scfengine.limits;

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
  ResponseEntity<FacilityView> create(@RequestBody Facilities.Request request) {
    CreditFacility facility = facilities.create(request);
    return ResponseEntity.created(URI.create("/api/facilities/" + facility.getId())).body(FacilityView.of(facility));
  }

  @GetMapping("/{id}")
  FacilityView get(@PathVariable String id) {
    return FacilityView.of(facilities.get(id));
  }

  @GetMapping
  List<FacilityView> list(@RequestParam String enterpriseId) {
    return facilities.of(enterpriseId).stream().map(FacilityView::of).toList();
  }
}
