package com.scfengine.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The credit facilities an enterprise's view shows ({@code GET /api/enterprises/{id}}). The limits module, which
 * keeps the facilities, provides it: enterprises know nothing of limits.
 */
public interface EnterpriseFacilities {

  record Summary(String id, String kind, String product, String currency, BigDecimal limit, BigDecimal utilised,
      BigDecimal available, LocalDate expiry) {}

  List<Summary> of(String enterpriseId);
}
