package com.scfengine.limits;

import com.scfengine.enterprises.EnterpriseFacilities;
import java.util.List;
import org.springframework.stereotype.Component;

/** The facilities of an enterprise as its view shows them. */
@Component
class FacilitySummaries implements EnterpriseFacilities {

  private final Facilities facilities;

  FacilitySummaries(Facilities facilities) {
    this.facilities = facilities;
  }

  @Override
  public List<Summary> of(String enterpriseId) {
    return facilities.of(enterpriseId).stream()
        .map(f -> new Summary(f.getId(), f.getKind().name(), f.getProduct(), f.getCurrency(), f.getLimit(),
            f.getUtilised(), f.getAvailable(), f.getExpiry()))
        .toList();
  }
}
