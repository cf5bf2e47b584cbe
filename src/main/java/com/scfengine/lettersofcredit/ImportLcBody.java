package com.scfengine.lettersofcredit;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.Vars;
import com.scfengine.products.ApplicationBody;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The import L/C application body: {@code applicantId, beneficiary: {name, address, country, account?},
 * advisingBankBic, currency, amount, tolerancePlus?, toleranceMinus?, expiryDate, expiryPlace, latestShipmentDate?,
 * presentationDays? (21), availableBy (PAYMENT, ACCEPTANCE, NEGOTIATION, DEFERRED_PAYMENT), tenorDays?,
 * partialShipments, transhipment (ALLOWED, NOT_ALLOWED), portOfLoading?, portOfDischarge?, goods, documentsRequired:
 * [text], additionalConditions: [text], confirmation (WITHOUT, MAY_ADD, CONFIRM), cashMarginPercent?}}. Checked by
 * {@link LcTerms} before anything starts; the beneficiary abroad is not a registered counterparty.
 */
@Component
class ImportLcBody implements ApplicationBody {

  static final String PRODUCT = "IMPORT_LC";

  private static final Set<String> FIELDS = Set.of("applicantId", "beneficiary", "advisingBankBic", "currency",
      "amount", "tolerancePlus", "toleranceMinus", "expiryDate", "expiryPlace", "latestShipmentDate",
      "presentationDays", "availableBy", "tenorDays", "partialShipments", "transhipment", "portOfLoading",
      "portOfDischarge", "goods", "documentsRequired", "additionalConditions", "confirmation", "cashMarginPercent");
  private static final Set<String> BENEFICIARY_FIELDS = Set.of("name", "address", "country", "account");

  private final LcTerms terms;
  private final Clock clock;

  ImportLcBody(LcTerms terms, Clock clock) {
    this.terms = terms;
    this.clock = clock;
  }

  @Override
  public String product() {
    return PRODUCT;
  }

  @Override
  public boolean counterpartyRequired() {
    return false;
  }

  @Override
  public Map<String, Object> variables(Map<String, Object> body, FieldErrors errors) {
    body.keySet().stream().filter(field -> !FIELDS.contains(field))
        .forEach(field -> errors.add(field, "is not a field of an import letter of credit application"));
    Map<String, Object> values = new LinkedHashMap<>(body);
    values.remove("beneficiary");
    values.remove("tenorDays");
    if (body.get("beneficiary") instanceof Map<?, ?> beneficiary) {
      beneficiary.keySet().stream().filter(field -> !BENEFICIARY_FIELDS.contains(String.valueOf(field)))
          .forEach(field -> errors.add("beneficiary." + field, "is not a field of the beneficiary"));
      values.put(LcTerms.BENEFICIARY_NAME, beneficiary.get("name"));
      values.put(LcTerms.BENEFICIARY_ADDRESS, beneficiary.get("address"));
      values.put(LcTerms.BENEFICIARY_COUNTRY, beneficiary.get("country"));
      values.put(LcTerms.BENEFICIARY_ACCOUNT, beneficiary.get("account"));
    } else if (body.get("beneficiary") != null) {
      errors.add("beneficiary", "must be an object: {name, address, country, account?}");
    }
    values.put(LcTerms.TENOR_DAYS, body.get("tenorDays"));
    values.put(LcTerms.DOCUMENTS_REQUIRED, lines(body.get("documentsRequired"), "documentsRequired", errors));
    values.put(LcTerms.ADDITIONAL_CONDITIONS, lines(body.get("additionalConditions"), "additionalConditions", errors));
    values.put(LcTerms.CREDIT_NUMBER, terms.newCreditNumber(LocalDate.now(clock)));
    FieldErrors termErrors = new FieldErrors();
    LcTerms.Checked checked = terms.check(values, termErrors, true);
    termErrors.all().forEach(e -> errors.add(fieldOf(e.field()), e.message()));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.APPLICANT_ID, body.get("applicantId") == null ? null : body.get("applicantId").toString());
    if (checked != null) {
      variables.putAll(terms.variables(checked, LetterOfCredit.Side.ISSUING.name()));
      variables.putAll(LcTerms.narratives(checked.goods(), checked.documentsRequired(), checked.additionalConditions()));
    }
    return variables;
  }

  @Override
  public String fieldOf(String variable) {
    return switch (variable) {
      case LcTerms.BENEFICIARY_NAME -> "beneficiary.name";
      case LcTerms.BENEFICIARY_ADDRESS -> "beneficiary.address";
      case LcTerms.BENEFICIARY_COUNTRY -> "beneficiary.country";
      case LcTerms.BENEFICIARY_ACCOUNT -> "beneficiary.account";
      case LcTerms.TENOR_DAYS -> "tenorDays";
      case Vars.FACE_AMOUNT, Vars.REQUESTED_AMOUNT -> "amount";
      case Vars.DUE_DATE -> "expiryDate";
      case Vars.INSTRUMENT_NUMBER, Vars.ISSUE_DATE -> "creditNumber";
      default -> variable;
    };
  }

  /** A list of texts as the lines of one SWIFT narrative. */
  private static String lines(Object value, String field, FieldErrors errors) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list)) {
      errors.add(field, "must be a list of texts, one per line");
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      Object line = list.get(i);
      if (line == null || line.toString().isBlank()) {
        errors.add(field + "[" + i + "]", "must not be empty");
        continue;
      }
      if (line instanceof Map || line instanceof Iterable) {
        errors.add(field + "[" + i + "]", "must be a text");
        continue;
      }
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(line.toString().strip());
    }
    return text.isEmpty() ? null : text.toString();
  }
}
