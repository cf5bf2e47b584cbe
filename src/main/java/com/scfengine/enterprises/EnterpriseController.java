package com.scfengine.enterprises;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
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
@Tag(name = "Enterprises", description = "Sellers, buyers, core enterprises and banks")
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
  @Operation(summary = "Register an enterprise", description = """
      An SME, a core enterprise (buyer) or a bank: `country` is ISO 3166, `ratingGrade` and \
      `probabilityOfDefault` are optional (the credit bureau rates it otherwise), `bic` for banks.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "SME", value = """
          { "id": "SME-101", "name": "Ningbo Harbour Valves Co., Ltd.", "country": "CN", "role": "SME",
            "ratingGrade": "BBB", "probabilityOfDefault": "0.012" }"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The enterprise, with `Location`"),
          @ApiResponse(responseCode = "409", description = "An enterprise with that `id` exists")})
  ResponseEntity<EnterpriseView> register(@RequestBody Enterprises.Registration request) {
    Enterprise enterprise = enterprises.register(request);
    return ResponseEntity.created(URI.create("/api/enterprises/" + enterprise.getId())).body(view(enterprise));
  }

  @GetMapping("/{id}")
  @Operation(summary = "An enterprise", description = "With its rating and its facilities (e.g. `SME-001`).")
  EnterpriseView get(@PathVariable String id) {
    return view(enterprises.get(id));
  }

  @GetMapping
  @Operation(summary = "Enterprises, a page",
      description = "Without their facilities; `page`, `size` and `sort` as usual.")
  PagedModel<EnterpriseView> list(@ParameterObject Pageable page) {
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
