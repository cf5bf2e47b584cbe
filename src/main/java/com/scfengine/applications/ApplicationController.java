package com.scfengine.applications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.scfengine.common.FieldErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
@Tag(name = "Applications", description = "Financing applications of every product")
class ApplicationController {

  private final Applications applications;
  private final List<ApplicationDetails> details;

  ApplicationController(Applications applications, List<ApplicationDetails> details) {
    this.applications = applications;
    this.details = details;
  }

  /** The view, and beside its fields whatever the application's product adds. */
  static final class DetailedView {
    @JsonUnwrapped
    public final ApplicationView application;
    private final Map<String, Object> details;

    DetailedView(ApplicationView application, Map<String, Object> details) {
      this.application = application;
      this.details = details;
    }

    @JsonAnyGetter
    Map<String, Object> details() {
      return details;
    }
  }

  @GetMapping("/{id}")
  @Operation(summary = "An application", description = "Its status, decision and reason, and whatever its product "
      + "adds (a forfaiting deal's instruments, a letter of credit).")
  DetailedView get(@PathVariable String id) {
    ApplicationView view = ApplicationView.of(applications.get(id));
    Map<String, Object> extra = new LinkedHashMap<>();
    details.stream().filter(d -> d.product().equalsIgnoreCase(view.product()))
        .forEach(d -> extra.put(d.name(), d.of(id)));
    return new DetailedView(view, extra);
  }

  @GetMapping
  @Operation(summary = "Applications, a page", description = """
      Newest first, filtered by `product`, `status` and `applicantId`; `size` 1 to 200.""",
      responses = {@ApiResponse(responseCode = "200", description = "A page of applications"),
          @ApiResponse(responseCode = "400", description = "A bad status, page or size, each named")})
  PagedModel<ApplicationView> find(@RequestParam(required = false) String product,
      @RequestParam(required = false) String status, @RequestParam(required = false) String applicantId,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    FieldErrors errors = new FieldErrors();
    ApplicationStatus wanted = status == null ? null : errors.oneOf("status", status, ApplicationStatus.class);
    String code = product == null ? null : errors.identifier("product", product);
    String applicant = applicantId == null ? null : errors.identifier("applicantId", applicantId);
    if (page < 0) errors.add("page", "must be 0 or more");
    if (size < 1 || size > 200) errors.add("size", "must be between 1 and 200");
    errors.throwIfAny("Query");
    var result = applications.find(code == null ? null : code.toUpperCase(java.util.Locale.ROOT), wanted, applicant,
        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    return new PagedModel<>(result.map(ApplicationView::of));
  }
}
