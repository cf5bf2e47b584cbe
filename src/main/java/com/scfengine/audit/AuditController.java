package com.scfengine.audit;

import com.scfengine.common.FieldErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(summary = "The API's audit trail, a page", description = """
      Every state-changing call of `/api` (POST, PUT, PATCH, DELETE) a signed-in user made, refusals included: when, \
      who, method, path and the answer's status; newest first, of one `user` or of everyone. What is done through \
      `/engine-rest` and the webapps is in Camunda's user operation log (Cockpit, `/engine-rest/history/user-operation`).""",
      responses = {@ApiResponse(responseCode = "200", description = "A page of calls"),
          @ApiResponse(responseCode = "400", description = "A bad page or size, each named")})
  PagedModel<AuditTrail.Call> calls(@RequestParam(required = false) String user,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    FieldErrors errors = new FieldErrors();
    if (page < 0) {
      errors.add("page", "must be 0 or more");
    }
    if (size < 1 || size > 500) {
      errors.add("size", "must be from 1 to 500");
    }
    String who = user == null || user.isBlank() ? null : errors.identifier("user", user);
    errors.throwIfAny("Audit trail query");
    return new PagedModel<>(new PageImpl<>(trail.calls(who, page, size), PageRequest.of(page, size),
        trail.count(who)));
  }
}
