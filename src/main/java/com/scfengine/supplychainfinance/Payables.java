package com.scfengine.supplychainfinance;

import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.Ids;
import com.scfengine.common.NotFoundException;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.money.Money;
import com.scfengine.registry.ReceivableKind;
import com.scfengine.registry.ReceivableRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payables core enterprises upload: checked whole (a file with any bad line is refused whole, every bad line
 * named), registered in the receivables registry in one transaction and in batches (a 10,000-line file is normal: no
 * process starts until a payable is financed), recognised by content when the same file comes again. And what a
 * payable's financing does to it.
 */
@Service
public class Payables {

  /** The most lines one upload takes. */
  static final int MAX_LINES = 20_000;

  private final PayableRepository payables;
  private final PayableUploadRepository uploads;
  private final Programmes programmes;
  private final Enterprises enterprises;
  private final ReceivableRegistry registry;
  private final Clock clock;

  Payables(PayableRepository payables, PayableUploadRepository uploads, Programmes programmes,
      Enterprises enterprises, ReceivableRegistry registry, Clock clock) {
    this.payables = payables;
    this.uploads = uploads;
    this.programmes = programmes;
    this.enterprises = enterprises;
    this.registry = registry;
    this.clock = clock;
  }

  /** One line of an upload, as given: {@code line} is its number in the file (a CSV's header is line 1). */
  public record Line(int line, String supplierId, String invoiceNumber, String amount, String currency, String issueDate,
      String dueDate, String poReference) {}

  /** An accepted upload; {@code repeated} when the same content had been uploaded before. */
  public record Upload(PayableUpload upload, boolean repeated, List<Payable> created) {}

  /**
   * Checks every line, then registers every payable in one transaction — or, when any line is bad, nothing (400
   * naming each bad line: {@code lines[<n>].<field>}). The same content again answers with the first upload.
   */
  @Transactional
  public Upload upload(String programmeId, List<Line> lines, String contentHash, String uploadedBy) {
    Programme programme = programmes.get(programmeId);
    var earlier = uploads.findByContent(programmeId, contentHash);
    if (earlier.isPresent()) {
      return new Upload(earlier.get(), true, List.of());
    }
    FieldErrors errors = new FieldErrors();
    if (lines.isEmpty()) {
      errors.add("lines", "the upload holds no payable");
    } else if (lines.size() > MAX_LINES) {
      errors.add("lines", "at most " + MAX_LINES + " payables per upload, not " + lines.size());
    }
    errors.throwIfAny("Payables upload");
    LocalDate today = LocalDate.now(clock);
    String core = programme.getCoreEnterpriseId();
    Map<String, ProgrammeSupplier.Status> supplierStatus = new HashMap<>();
    programmes.suppliersOf(programmeId).forEach(s -> supplierStatus.put(s.getSupplierId(), s.getStatus()));
    List<Checked> checked = new ArrayList<>(lines.size());
    Map<String, Integer> keysInFile = new HashMap<>();
    for (Line line : lines) {
      String at = "lines[" + line.line() + "].";
      FieldErrors own = new FieldErrors();
      String supplier = own.identifier(at + "supplierId", blankToNull(line.supplierId()));
      if (supplier != null) {
        ProgrammeSupplier.Status status = supplierStatus.get(supplier);
        if (status == null) {
          own.add(at + "supplierId", enterprises.exists(supplier) ? "supplier " + supplier + " is not on programme "
              + programmeId : "unknown supplier " + FieldErrors.quoted(supplier));
        } else if (status != ProgrammeSupplier.Status.ACTIVE) {
          own.add(at + "supplierId", "supplier " + supplier + " is not onboarded (" + status + ")");
        }
      }
      String number = own.reference(at + "invoiceNumber", blankToNull(line.invoiceNumber()), 100);
      String poReference = blankToNull(line.poReference()) == null ? null
          : own.reference(at + "poReference", line.poReference().strip(), 100);
      String currency = own.currency(at + "currency", upper(line.currency()));
      if (currency != null && !currency.equals(programme.getCurrency())) {
        own.add(at + "currency", "must be the programme's currency " + programme.getCurrency());
        currency = null;
      }
      BigDecimal amount = currency == null ? null : own.positiveAmount(at + "amount", line.amount(), currency);
      LocalDate issue = own.date(at + "issueDate", line.issueDate());
      LocalDate due = own.date(at + "dueDate", line.dueDate());
      if (issue != null && issue.isAfter(today)) {
        own.add(at + "issueDate", "must not be in the future");
      }
      if (due != null) {
        if (!due.isAfter(today)) {
          own.add(at + "dueDate", "must be after today (" + today + ")");
        } else if (due.isAfter(programme.getExpiry())) {
          own.add(at + "dueDate", "is after the programme's expiry " + programme.getExpiry());
        } else if (issue != null && ChronoUnit.DAYS.between(issue, due) > programme.getMaxTenorDays()) {
          own.add(at + "dueDate", "is more than the programme's " + programme.getMaxTenorDays() + " days after the "
              + "issue date " + issue);
        } else if (issue != null && !due.isAfter(issue)) {
          own.add(at + "dueDate", "must be after the issue date " + issue);
        }
      }
      String key = supplier != null && number != null ? registry.keyOf(supplier, core, number) : null;
      if (key != null) {
        Integer first = keysInFile.putIfAbsent(key, line.line());
        if (first != null) {
          own.add(at + "invoiceNumber", FieldErrors.quoted(number) + " of " + supplier + " is in the file twice (line " + first
              + ")");
        }
      }
      own.all().forEach(e -> errors.add(e.field(), e.message()));
      if (own.isEmpty()) {
        checked.add(new Checked(line.line(), supplier, number.strip(), poReference,
            Money.of(amount, currency), currency, issue, due, key));
      }
    }
    if (errors.isEmpty()) {
      Set<String> live = registry.liveAmong(keysInFile.keySet());
      for (Checked line : checked) {
        if (live.contains(line.key())) {
          errors.add("lines[" + line.line() + "].invoiceNumber", FieldErrors.quoted(line.invoiceNumber()) + " of "
              + line.supplierId() + " is registered already (the number compared whatever its spelling)");
        }
      }
    }
    errors.throwIfAny("Payables upload");

    Instant now = Instant.now(clock);
    String uploadId = "UPL-" + Ids.next();
    List<Payable> created = new ArrayList<>(checked.size());
    List<ReceivableRegistry.Claim> claims = new ArrayList<>(checked.size());
    BigDecimal total = BigDecimal.ZERO;
    for (Checked line : checked) {
      String id = "PAY-" + Ids.next();
      created.add(new Payable(id, programmeId, line.supplierId(), line.invoiceNumber(), line.poReference(),
          line.amount(),
          line.currency(), line.issueDate(), line.dueDate(), uploadId, now));
      claims.add(new ReceivableRegistry.Claim(ReceivableKind.INVOICE, line.supplierId(), core, line.invoiceNumber(),
          line.amount(), line.currency(), line.issueDate(), line.dueDate(), id));
      total = total.add(line.amount());
    }
    registry.registerAll(claims);
    payables.saveAll(created);
    PayableUpload upload = uploads.save(new PayableUpload(uploadId, programmeId, contentHash, created.size(),
        Money.of(total, programme.getCurrency()), uploadedBy, now));
    try {
      uploads.flush();
    } catch (org.springframework.dao.DataIntegrityViolationException raced) {
      throw new ConflictException("The same payables were uploaded to " + programmeId + " at the same moment");
    }
    return new Upload(upload, false, created);
  }

  private record Checked(int line, String supplierId, String invoiceNumber, String poReference, BigDecimal amount,
      String currency, LocalDate issueDate, LocalDate dueDate, String key) {}

  @Transactional(readOnly = true)
  public Payable get(String payableId) {
    return payables.findById(payableId).orElseThrow(() -> new NotFoundException("No payable " + FieldErrors.quoted(payableId)));
  }

  @Transactional(readOnly = true)
  public Page<Payable> of(String programmeId, String supplierId, Pageable page) {
    return payables.findPage(programmeId, supplierId, page);
  }

  @Transactional(readOnly = true)
  public List<Payable> ofUpload(String uploadId) {
    return payables.findByUploadId(uploadId);
  }

  /** Payables nobody financed that are due by {@code day}: the bank pays them as paying agent. */
  @Transactional(readOnly = true)
  public List<Payable> dueUnfinanced(LocalDate day) {
    return payables.findDue(day, Payable.Status.OPEN);
  }

  /** A payable's early payment was asked for: FINANCING under its application. 409 unless it is OPEN. */
  @Transactional
  public Payable startFinancing(String payableId, String applicationId) {
    Payable payable = get(payableId);
    if (payable.getStatus() != Payable.Status.OPEN) {
      throw new ConflictException("Payable " + payableId + " is " + payable.getStatus() + ": only an open payable "
          + "can be paid early");
    }
    payable.finance(applicationId, Instant.now(clock));
    return payable;
  }

  /** The supplier was paid the amount less the discount: FINANCED. */
  @Transactional
  public void financed(String payableId, BigDecimal discount, BigDecimal paidToSupplier) {
    Payable payable = get(payableId);
    if (payable.getStatus() == Payable.Status.FINANCING) {
      payable.financed(discount, paidToSupplier, Instant.now(clock));
    }
  }

  /** The financing was refused: OPEN again. */
  @Transactional
  public void refused(String payableId) {
    Payable payable = get(payableId);
    if (payable.getStatus() == Payable.Status.FINANCING) {
      payable.reopen(Instant.now(clock));
    }
  }

  /** The core enterprise paid it at its due date (to the bank, or through the bank to the supplier): PAID. */
  @Transactional
  public void paid(String payableId) {
    get(payableId).moveTo(Payable.Status.PAID, Instant.now(clock));
  }

  /** The core enterprise did not pay it at its due date: OVERDUE. */
  @Transactional
  public void overdue(String payableId) {
    get(payableId).moveTo(Payable.Status.OVERDUE, Instant.now(clock));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String upper(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }
}
