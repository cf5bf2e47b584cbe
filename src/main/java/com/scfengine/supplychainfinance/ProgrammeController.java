package com.scfengine.supplychainfinance;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.NotFoundException;
import com.scfengine.limits.CreditFacility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/programmes} and {@code /api/payables}: programmes and their suppliers (the bank's staff), payables
 * uploads (the core enterprise's users, as JSON or CSV), the payables (a supplier's users see only their own) and early
 * payment (a supplier's users, for their own payables). A user outside the bank sees only the programmes of the
 * enterprises it acts for ({@link EnterpriseUsers}); anything else is a 404, as if it did not exist.
 */
@RestController
@Tag(name = "Supply-chain finance", description = "Programmes, suppliers, payables and early payment")
class ProgrammeController {

  /** The CSV columns of a payables upload, after a header line naming them; {@code poReference} may be added. */
  static final List<String> CSV_COLUMNS = List.of("supplierId", "invoiceNumber", "amount", "currency", "issueDate",
      "dueDate");

  /** The fields of a payable: the CSV columns and the optional {@code poReference}. */
  static final List<String> FIELDS = java.util.stream.Stream.concat(CSV_COLUMNS.stream(), java.util.stream.Stream.of(
      "poReference")).toList();

  private final Programmes programmes;
  private final Payables payables;
  private final EarlyPayments earlyPayments;
  private final EnterpriseUsers users;
  private final ObjectMapper json;

  ProgrammeController(Programmes programmes, Payables payables, EarlyPayments earlyPayments, EnterpriseUsers users,
      ObjectMapper json) {
    this.programmes = programmes;
    this.payables = payables;
    this.earlyPayments = earlyPayments;
    this.users = users;
    this.json = json;
  }

  record SupplierView(String supplierId, String status, String payoutAccount, boolean autoDiscount, String reason) {}

  record ProgrammeView(String id, String name, String coreEnterpriseId, String currency, BigDecimal limit,
      BigDecimal utilised, BigDecimal available, LocalDate expiry, int maxTenorDays, BigDecimal baseRate,
      boolean autoDiscount, boolean payingAgent, String facilityId, List<SupplierView> suppliers) {}

  record PayableView(String id, String programmeId, String supplierId, String invoiceNumber, String poReference,
      BigDecimal amount,
      String currency, LocalDate issueDate, LocalDate dueDate, String status, String applicationId,
      BigDecimal discount, BigDecimal paidToSupplier) {

    static PayableView of(Payable p) {
      return new PayableView(p.getId(), p.getProgrammeId(), p.getSupplierId(), p.getInvoiceNumber(), p.getPoReference(),
          com.scfengine.money.Money.of(p.getAmount(), p.getCurrency()), p.getCurrency(), p.getIssueDate(),
          p.getDueDate(), p.getStatus().name(), p.getApplicationId(),
          p.getDiscount() == null ? null : com.scfengine.money.Money.of(p.getDiscount(), p.getCurrency()),
          p.getPaidToSupplier() == null ? null : com.scfengine.money.Money.of(p.getPaidToSupplier(), p.getCurrency()));
    }
  }

  record UploadView(String uploadId, int count, BigDecimal totalAmount, boolean repeated,
      List<EarlyPayments.Started> autoDiscounted) {}

  record EarlyPaymentRequest(List<String> payableIds) {}

  /** The examples of a payables upload in the API description. */
  static final String PAYABLES_JSON = """
      { "payables": [ { "supplierId": "SME-001", "invoiceNumber": "PRL-INV-0417", "amount": "42000.00",
                        "currency": "USD", "issueDate": "{{today-3}}", "dueDate": "{{today+87}}" } ] }""";
  static final String PAYABLES_CSV = """
      supplierId,invoiceNumber,amount,currency,issueDate,dueDate
      SME-002,PRL-INV-0418,18500.00,USD,{{today-2}},{{today+88}}""";

  @PostMapping("/api/programmes")
  @Operation(summary = "Open a programme", description = """
      A core enterprise's payables programme and its PROGRAMME facility, together: `baseRate` p.a. as a fraction \
      (0.045 = 4.5 %), `maxTenorDays` 1 to 720.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "BUY-001 in USD", value = """
          { "id": "PRG-BUY-001-USD", "name": "Northwind Retail suppliers (USD)", "coreEnterpriseId": "BUY-001",
            "currency": "USD", "limit": "1000000.00", "expiry": "{{today+365}}", "maxTenorDays": 120,
            "baseRate": "0.045", "autoDiscount": false, "payingAgent": true }"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The programme, with `Location`"),
          @ApiResponse(responseCode = "409", description = "A programme with that `id` exists")})
  ResponseEntity<ProgrammeView> open(@RequestBody Programmes.NewProgramme body) {
    Programme programme = programmes.open(body);
    return ResponseEntity.created(URI.create("/api/programmes/" + programme.getId())).body(view(programme));
  }

  @GetMapping("/api/programmes/{id}")
  @Operation(summary = "A programme", description = "Its limit, use and suppliers (e.g. `PRG-CORE-001-USD`).")
  ProgrammeView get(@PathVariable String id, Principal user) {
    return view(visible(id, user));
  }

  @PostMapping("/api/programmes/{id}/suppliers")
  @Operation(summary = "Onboard a supplier", description = """
      Screens the supplier and asks a second person to approve (four eyes); the supplier is on the programme once \
      approved.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "SME-003", value = """
          { "supplierId": "SME-003", "payoutAccount": "CN-ICBC-0099-1234", "autoDiscount": false }"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The supplier, being onboarded"),
          @ApiResponse(responseCode = "409", description = "The supplier is already on the programme")})
  ResponseEntity<SupplierView> onboard(@PathVariable String id, @RequestBody Programmes.NewSupplier body,
      Principal user) {
    ProgrammeSupplier supplier = programmes.onboard(id, body, user.getName());
    return ResponseEntity.created(URI.create("/api/programmes/" + id)).body(view(supplier));
  }

  /** A JSON upload: {@code [{supplierId, invoiceNumber, amount, currency, issueDate, dueDate}, …]} or {@code {payables: […]}}. */
  @PostMapping(path = "/api/programmes/{id}/payables", consumes = "application/json")
  @Operation(summary = "Upload approved payables", description = """
      JSON (a list, or `{payables: [...]}`) or CSV (a header line naming the columns \
      `supplierId,invoiceNumber,amount,currency,issueDate,dueDate`, `poReference` optional): checked whole, refused \
      whole naming every bad line (`lines[7].amount`), taken whole. The same upload again is answered 200 with the \
      first.""",
      responses = {@ApiResponse(responseCode = "201", description = "Taken, with any payables discounted at once"),
          @ApiResponse(responseCode = "200", description = "The same upload as before: its first answer")})
  ResponseEntity<UploadView> uploadJson(@PathVariable String id,
      // the description merges both handlers into one operation: each names both bodies
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
          @Content(mediaType = "application/json", schema = @Schema(type = "object"),
              examples = @ExampleObject(name = "JSON", value = PAYABLES_JSON)),
          @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
              examples = @ExampleObject(name = "CSV", value = PAYABLES_CSV))})
      @RequestBody byte[] body, Principal user) {
    Programme programme = uploadable(id, user);
    List<Payables.Line> lines = new ArrayList<>();
    try {
      var tree = json.readTree(body);
      var array = tree.isArray() ? tree : tree.path("payables");
      if (!array.isArray()) {
        throw new com.scfengine.common.InvalidInputException("payables", "must be a list of payables, or an object "
            + "{payables: [...]}");
      }
      FieldErrors shape = new FieldErrors();
      if (tree.isObject()) {
        tree.fieldNames().forEachRemaining(name -> {
          if (!name.equals("payables")) {
            shape.add(name, "is not a field of a payables upload: it is a list, or {payables: [...]}");
          }
        });
      }
      for (int i = 0; i < array.size(); i++) {
        String at = "lines[" + (i + 1) + "]";
        var line = array.get(i);
        if (!line.isObject()) {
          shape.add(at, "must be a payable: {" + String.join(", ", FIELDS) + "}");
          continue;
        }
        line.properties().forEach(field -> {
          if (!FIELDS.contains(field.getKey())) {
            shape.add(at + "." + field.getKey(), "is not a field of a payable; the fields are " + FIELDS);
          } else if (field.getValue().isContainerNode()) {
            shape.add(at + "." + field.getKey(), "must be a text or a number");
          }
        });
      }
      shape.throwIfAny("Payables upload");
      for (int i = 0; i < array.size(); i++) {
        var line = array.get(i);
        lines.add(new Payables.Line(i + 1, text(line, "supplierId"), text(line, "invoiceNumber"),
            text(line, "amount"), text(line, "currency"), text(line, "issueDate"), text(line, "dueDate"),
            text(line, "poReference")));
      }
    } catch (IOException unreadable) {
      throw new com.scfengine.common.InvalidInputException("body", "is not JSON: " + unreadable.getMessage());
    }
    return uploaded(programme, lines, body, user);
  }

  /** A CSV upload ({@code text/csv}): a header line naming the columns, then one payable per line. */
  @PostMapping(path = "/api/programmes/{id}/payables", consumes = "text/csv")
  ResponseEntity<UploadView> uploadCsv(@PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
          @Content(mediaType = "application/json", schema = @Schema(type = "object"),
              examples = @ExampleObject(name = "JSON", value = PAYABLES_JSON)),
          @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
              examples = @ExampleObject(name = "CSV", value = PAYABLES_CSV))})
      @RequestBody byte[] body, Principal user) {
    Programme programme = uploadable(id, user);
    List<Payables.Line> lines = new ArrayList<>();
    CsvMapper csv = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
    try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(schema)
        .readValues(new String(body, StandardCharsets.UTF_8))) {
      var header = ((CsvSchema) rows.getParserSchema());
      FieldErrors columns = new FieldErrors();
      Set<String> given = new java.util.LinkedHashSet<>();
      header.forEach(column -> given.add(column.getName().strip()));
      CSV_COLUMNS.stream().filter(column -> !given.contains(column))
          .forEach(column -> columns.add("header", "has no column " + FieldErrors.quoted(column) + " (columns: "
              + String.join(",", CSV_COLUMNS) + ")"));
      given.stream().filter(column -> !FIELDS.contains(column))
          .forEach(column -> columns.add("header", "has the column " + FieldErrors.quoted(column) + ", which is not one of "
              + String.join(",", FIELDS)));
      columns.throwIfAny("Payables upload");
      int line = 1;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        line++;
        lines.add(new Payables.Line(line, row.get("supplierId"), row.get("invoiceNumber"), row.get("amount"),
            row.get("currency"), row.get("issueDate"), row.get("dueDate"), row.get("poReference")));
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof com.scfengine.common.InvalidInputException invalid) {
        throw invalid;
      }
      throw new com.scfengine.common.InvalidInputException("body", "is not a CSV file with a header line: "
          + unreadable.getMessage());
    }
    return uploaded(programme, lines, body, user);
  }

  @GetMapping("/api/programmes/{id}/payables")
  @Operation(summary = "A programme's payables, a page", description = "All of them, or one `supplierId`'s; a "
      + "supplier's users see only their own.")
  PagedModel<PayableView> payables(@PathVariable String id, @RequestParam(required = false) String supplierId,
      @ParameterObject Pageable page, Principal user) {
    Programme programme = visible(id, user);
    FieldErrors query = new FieldErrors();
    String supplier = supplierId == null ? null : query.identifier("supplierId", supplierId);
    query.throwIfAny("Payables query");
    if (isOutsider(user) && !users.actsFor(user.getName(), programme.getCoreEnterpriseId())) {
      List<String> own = users.of(user.getName());
      if (supplier == null) {
        supplier = own.stream().filter(e -> programmes.supplier(id, e).isPresent()).findFirst()
            .orElseThrow(() -> new NotFoundException("No programme " + FieldErrors.quoted(id)));
      } else if (!own.contains(supplier)) {
        throw new NotFoundException("Supplier " + supplierId + " has no payables on programme " + id);
      }
    }
    return new PagedModel<>(payables.of(programme.getId(), supplier, page).map(PayableView::of));
  }

  @GetMapping("/api/payables/{id}")
  @Operation(summary = "A payable", description = "Its status and, once financed, its discount and what the supplier "
      + "was paid.")
  PayableView payable(@PathVariable String id, Principal user) {
    return PayableView.of(readable(id, user));
  }

  /** {@code {payableIds: [...]}}: early payment of the asker's own payables; 201 with the applications started. */
  @PostMapping("/api/payables/early-payment")
  @Operation(summary = "Ask early payment", description = """
      Of the asker's own open payables (ids from the programme's payables): one `REVERSE_FACTORING` application \
      each.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "One payable", value = """
          { "payableIds": [ "PAY-1F0C2A7E" ] }"""))),
      responses = @ApiResponse(responseCode = "201", description = "The applications started"))
  ResponseEntity<List<EarlyPayments.Started>> earlyPayment(@RequestBody EarlyPaymentRequest body, Principal user) {
    List<String> ids = body == null || body.payableIds() == null ? List.of() : body.payableIds();
    if (isOutsider(user)) {
      List<String> own = users.of(user.getName());
      for (String payableId : ids) {
        Payable payable = payables.get(payableId);
        if (!own.contains(payable.getSupplierId())) {
          throw new NotFoundException("No payable " + FieldErrors.quoted(payableId));
        }
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(earlyPayments.request(ids, user.getName()));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ResponseEntity<UploadView> uploaded(Programme programme, List<Payables.Line> lines, byte[] body,
      Principal user) {
    Payables.Upload upload = payables.upload(programme.getId(), lines, sha256(body), user.getName());
    List<EarlyPayments.Started> discounted = List.of();
    if (!upload.repeated()) {
      Set<String> automatic = new java.util.HashSet<>();
      programmes.suppliersOf(programme.getId()).stream()
          .filter(s -> programme.isAutoDiscount() || s.isAutoDiscount()).forEach(s -> automatic.add(s.getSupplierId()));
      List<String> toFinance = upload.created().stream().filter(p -> automatic.contains(p.getSupplierId()))
          .map(Payable::getId).toList();
      if (!toFinance.isEmpty()) {
        discounted = earlyPayments.request(toFinance, "auto-discount");
      }
    }
    PayableUpload stored = upload.upload();
    return ResponseEntity.status(upload.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
        .location(URI.create("/api/programmes/" + programme.getId() + "/payables"))
        .body(new UploadView(stored.getId(), stored.getCount(),
            com.scfengine.money.Money.of(stored.getTotalAmount(), programme.getCurrency()), upload.repeated(),
            discounted));
  }

  /** The programme, when the user is the bank's or acts for its core enterprise or one of its suppliers. */
  private Programme visible(String id, Principal user) {
    Programme programme = programmes.get(id);
    if (isOutsider(user)) {
      List<String> own = users.of(user.getName());
      boolean part = own.contains(programme.getCoreEnterpriseId())
          || own.stream().anyMatch(e -> programmes.supplier(id, e).isPresent());
      if (!part) {
        throw new NotFoundException("No programme " + FieldErrors.quoted(id));
      }
    }
    return programme;
  }

  /** The programme, when the user may upload to it: acting for its core enterprise (or an administrator). */
  private Programme uploadable(String id, Principal user) {
    Programme programme = visible(id, user);
    if (isOutsider(user) && !users.actsFor(user.getName(), programme.getCoreEnterpriseId())) {
      throw new org.springframework.security.access.AccessDeniedException("Only " + programme.getCoreEnterpriseId()
          + "'s users upload its payables");
    }
    return programme;
  }

  private Payable readable(String id, Principal user) {
    Payable payable = payables.get(id);
    if (isOutsider(user)) {
      Programme programme = programmes.get(payable.getProgrammeId());
      List<String> own = users.of(user.getName());
      if (!own.contains(payable.getSupplierId()) && !own.contains(programme.getCoreEnterpriseId())) {
        throw new NotFoundException("No payable " + FieldErrors.quoted(id));
      }
    }
    return payable;
  }

  /** Whether the user acts only for enterprises outside the bank (core enterprises' and suppliers' users). */
  private static boolean isOutsider(Principal user) {
    return com.scfengine.security.Roles.isOutsider(
        org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
  }

  private ProgrammeView view(Programme p) {
    CreditFacility facility = programmes.facilityOf(p);
    return new ProgrammeView(p.getId(), p.getName(), p.getCoreEnterpriseId(), p.getCurrency(),
        com.scfengine.money.Money.of(p.getLimit(), p.getCurrency()), facility.getUtilised(), facility.getAvailable(),
        p.getExpiry(), p.getMaxTenorDays(), p.getBaseRate(), p.isAutoDiscount(), p.isPayingAgent(),
        p.getFacilityId(), programmes.suppliersOf(p.getId()).stream().map(ProgrammeController::view).toList());
  }

  private static SupplierView view(ProgrammeSupplier s) {
    return new SupplierView(s.getSupplierId(), s.getStatus().name(), s.getPayoutAccount(), s.isAutoDiscount(),
        s.getReason());
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode line, String field) {
    var value = line.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
