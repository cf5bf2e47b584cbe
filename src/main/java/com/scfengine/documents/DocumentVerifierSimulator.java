package com.scfengine.documents;

import com.scfengine.common.SimulatedFaults;
import com.scfengine.documents.CustomsCheck.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An in-process trade-document platform, driven by {@code scf.documents.simulator.*}:
 * <ul>
 *   <li>invoices fail verification when their number matches a {@code failing-invoices} pattern;</li>
 *   <li>customs export declarations are looked up by number: NOT_FOUND when unknown, MISMATCH when
 *       exporter, consignee (if configured) or currency differ or the invoice exceeds the declared
 *       value, MATCH otherwise — with the declared value whenever the declaration exists;</li>
 *   <li>names are screened by {@link SanctionsScreening};</li>
 *   <li>the external registry is shared by every institution: an in-memory map content fingerprint → the
 *       registrations holding it (institution, reference, number fingerprint). A registration is answered with every
 *       other one of the same content, each naming its institution and whether it has the same number; it is refused
 *       only when another institution holds the same number, and recorded otherwise (the same institution and
 *       reference again: idempotent). Releasing removes only the institution's registration under that
 *       reference.</li>
 * </ul>
 * Faults ({@link #faults()}): latency and the next N calls failing.
 */
class DocumentVerifierSimulator implements DocumentVerifier {

  private final Map<Pattern, String> failingInvoices;
  private final Map<String, DocumentsProperties.Declaration> declarations;
  private final SanctionsScreening sanctions;
  private final Map<String, List<Held>> registry = new ConcurrentHashMap<>();
  private final SimulatedFaults faults;

  public DocumentVerifierSimulator(DocumentsProperties.Simulator settings) {
    this.failingInvoices = new LinkedHashMap<>();
    settings.failingInvoices().forEach(f -> failingInvoices.put(glob(f.pattern()), f.reason()));
    this.declarations = settings.customsDeclarations();
    this.sanctions = new SanctionsScreening(settings.sanctions());
    this.faults = new SimulatedFaults("document platform", settings.latency(), settings.failNextCalls());
  }

  /** The faults to inject at runtime: {@code faults().failNext(2)}, {@code faults().latency(…)}, {@code faults().reset()}. */
  public SimulatedFaults faults() {
    return faults;
  }

  @Override
  public VerificationResult verifyInvoice(InvoiceDocument invoice) {
    faults.beforeCall("verification of invoice " + invoice.invoiceNumber());
    String number = invoice.invoiceNumber() == null ? "" : invoice.invoiceNumber().strip();
    return failingInvoices.entrySet().stream()
        .filter(failing -> failing.getKey().matcher(number).matches())
        .findFirst()
        .map(failing -> VerificationResult.failed(failing.getValue()))
        .orElseGet(VerificationResult::ok);
  }

  @Override
  public CustomsCheck checkExportDeclaration(String declarationNumber, InvoiceDocument invoice) {
    faults.beforeCall("check of export declaration " + declarationNumber);
    var declaration = declarationNumber == null ? null : declarations.get(declarationNumber.strip());
    if (declaration == null) {
      return new CustomsCheck(Outcome.NOT_FOUND, declarationNumber, null, null,
          "no export declaration " + declarationNumber + " at customs");
    }
    List<String> differences = new ArrayList<>();
    if (!declaration.exporter().equals(invoice.sellerId())) {
      differences.add("exporter " + declaration.exporter() + " is not the seller " + invoice.sellerId());
    }
    if (declaration.consignee() != null && !declaration.consignee().equals(invoice.buyerId())) {
      differences.add("consignee " + declaration.consignee() + " is not the buyer " + invoice.buyerId());
    }
    if (!declaration.currency().equals(invoice.currency())) {
      differences.add("declared in " + declaration.currency() + ", invoiced in " + invoice.currency());
    } else if (invoice.amount() != null && invoice.amount().compareTo(declaration.value()) > 0) {
      differences.add("invoice amount " + invoice.amount().toPlainString() + " exceeds the declared value "
          + declaration.value().toPlainString());
    }
    return differences.isEmpty()
        ? new CustomsCheck(Outcome.MATCH, declarationNumber, declaration.value(), declaration.currency(), null)
        : new CustomsCheck(Outcome.MISMATCH, declarationNumber, declaration.value(), declaration.currency(),
            String.join("; ", differences));
  }

  @Override
  public ScreeningResult screen(String name) {
    faults.beforeCall("screening of " + name);
    return sanctions.screen(name);
  }

  @Override
  public RegistryResult registerFingerprint(RegistryEntry entry) {
    faults.beforeCall("registration of fingerprint " + entry.fingerprint());
    requireText(entry.fingerprint(), "fingerprint");
    requireText(entry.numberFingerprint(), "number fingerprint");
    requireText(entry.institution(), "institution");
    requireText(entry.reference(), "reference");
    Held registering = new Held(entry.institution().strip(), entry.reference(), entry.numberFingerprint());
    RegistryResult[] answer = new RegistryResult[1];
    registry.compute(entry.fingerprint(), (fingerprint, holders) -> {
      List<Held> held = holders == null ? new ArrayList<>() : holders;
      List<RegistryResult.Match> matches = held.stream().filter(h -> !h.sameRegistration(registering))
          .map(h -> new RegistryResult.Match(h.institution(), h.reference(),
              h.numberFingerprint().equals(registering.numberFingerprint())))
          .toList();
      boolean elsewhere = held.stream().anyMatch(h -> !h.institution().equalsIgnoreCase(registering.institution())
          && h.numberFingerprint().equals(registering.numberFingerprint()));
      if (!elsewhere && held.stream().noneMatch(h -> h.sameRegistration(registering))) {
        held.add(registering);
      }
      answer[0] = new RegistryResult(!elsewhere, matches);
      return held.isEmpty() ? null : held;
    });
    return answer[0];
  }

  @Override
  public void releaseFingerprint(String fingerprint, String institution, String reference) {
    faults.beforeCall("release of fingerprint " + fingerprint);
    registry.computeIfPresent(fingerprint, (key, held) -> {
      held.removeIf(h -> h.institution().equalsIgnoreCase(institution.strip()) && h.reference().equals(reference));
      return held.isEmpty() ? null : held;
    });
  }

  /** One institution's registration of a content fingerprint. */
  private record Held(String institution, String reference, String numberFingerprint) {
    boolean sameRegistration(Held other) {
      return institution.equalsIgnoreCase(other.institution) && reference.equals(other.reference);
    }
  }

  /** {@code INV-FAKE-*} → a case-insensitive regex; {@code *} is any characters, {@code ?} one. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String literal : glob.strip().split("(?<=[*?])|(?=[*?])")) {
      regex.append(switch (literal) {
        case "*" -> ".*";
        case "?" -> ".";
        default -> Pattern.quote(literal);
      });
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the registry needs a " + what);
    }
  }
}
