package com.scfengine.applications;

import com.scfengine.common.FieldErrors;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/applications[/{id}]}: status, decision and reason of every application. */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final Applications applications;

  ApplicationController(Applications applications) {
    this.applications = applications;
  }

  @GetMapping("/{id}")
  ApplicationView get(@PathVariable String id) {
    return ApplicationView.of(applications.get(id));
  }

  @GetMapping
  PagedModel<ApplicationView> find(@RequestParam(required = false) String product,
      @RequestParam(required = false) String status, @RequestParam(required = false) String applicantId,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    FieldErrors errors = new FieldErrors();
    ApplicationStatus wanted = status == null ? null : errors.oneOf("status", status, ApplicationStatus.class);
    if (page < 0) errors.add("page", "must be 0 or more");
    if (size < 1 || size > 200) errors.add("size", "must be between 1 and 200");
    errors.throwIfAny("Query");
    var result = applications.find(product == null ? null : product.toUpperCase(), wanted, applicantId,
        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    return new PagedModel<>(result.map(ApplicationView::of));
  }
}
