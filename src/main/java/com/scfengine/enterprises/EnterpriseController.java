package com.scfengine.enterprises;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/enterprises}: relationship managers register enterprises; anyone signed in reads them. */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

  private final Enterprises enterprises;
  private final EnterpriseFacilities facilities;

  EnterpriseController(Enterprises enterprises, EnterpriseFacilities facilities) {
    this.enterprises = enterprises;
    this.facilities = facilities;
  }

  record EnterpriseView(String id, String name, String country, EnterpriseRole role, String bic, String ratingGrade,
      BigDecimal probabilityOfDefault, Instant ratedAt, List<EnterpriseFacilities.Summary> facilities) {}

  @PostMapping
  ResponseEntity<EnterpriseView> register(@RequestBody Enterprises.Registration request) {
    Enterprise enterprise = enterprises.register(request);
    return ResponseEntity.created(URI.create("/api/enterprises/" + enterprise.getId())).body(view(enterprise));
  }

  @GetMapping("/{id}")
  EnterpriseView get(@PathVariable String id) {
    return view(enterprises.get(id));
  }

  @GetMapping
  PagedModel<EnterpriseView> list(Pageable page) {
    return new PagedModel<>(enterprises.list(page).map(e -> view(e, List.of())));
  }

  private EnterpriseView view(Enterprise e) {
    return view(e, facilities.of(e.getId()));
  }

  private static EnterpriseView view(Enterprise e, List<EnterpriseFacilities.Summary> facilities) {
    return new EnterpriseView(e.getId(), e.getName(), e.getCountry(), e.getRole(), e.getBic(), e.getRatingGrade(),
        e.getProbabilityOfDefault(), e.getRatedAt(), facilities);
  }
}
