package com.scfengine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.common.PortUnavailableException;
import com.scfengine.documents.ScreeningResult.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentVerifierSimulatorTest {

  private final DocumentVerifierSimulator platform = new DocumentVerifierSimulator(new DocumentsProperties.Simulator(
      Duration.ZERO, 0,
      List.of(new DocumentsProperties.FailingInvoice("INV-FAKE-*", "not on the issuer's platform"),
          new DocumentsProperties.FailingInvoice("INV-2026-0999", "cancelled by the issuer")),
      Map.of("CED-2026-0001", new DocumentsProperties.Declaration("SME-001", new BigDecimal("150000.00"), "USD", null),
          "CED-2026-0004", new DocumentsProperties.Declaration("SME-001", new BigDecimal("50000.00"), "USD", "BUY-001")),
      new DocumentsProperties.Sanctions(List.of("Sanctioned Trading LLC"), List.of("Ocean Star Shipping"))));

  private static InvoiceDocument invoice(String number, String seller, String amount, String currency) {
    return new InvoiceDocument(seller, "BUY-001", number, new BigDecimal(amount), currency,
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30));
  }

  @Nested
  class Invoices {

    @Test
    void anOrdinaryInvoiceIsVerified() {
      assertThat(platform.verifyInvoice(invoice("INV-2026-0001", "SME-001", "1000.00", "USD")))
          .isEqualTo(VerificationResult.ok());
    }

    @Test
    void anInvoiceMatchingAFailingPatternFailsWithItsReason() {
      var result = platform.verifyInvoice(invoice("inv-fake-0042", "SME-001", "1000.00", "USD"));

      assertThat(result.verified()).isFalse();
      assertThat(result.reason()).isEqualTo("not on the issuer's platform");
    }

    @Test
    void anExplicitlyListedInvoiceFails() {
      assertThat(platform.verifyInvoice(invoice("INV-2026-0999", "SME-001", "1000.00", "USD")).reason())
          .isEqualTo("cancelled by the issuer");
      assertThat(platform.verifyInvoice(invoice("INV-2026-09990", "SME-001", "1000.00", "USD")).verified()).isTrue();
    }
  }

  @Nested
  class CustomsDeclarations {

    @Test
    void aDeclarationOfTheSellerCoveringTheInvoiceMatches() {
      var check = platform.checkExportDeclaration("CED-2026-0001", invoice("INV-1", "SME-001", "150000.00", "USD"));

      assertThat(check.outcome()).isEqualTo(CustomsCheck.Outcome.MATCH);
      assertThat(check.matches()).isTrue();
      assertThat(check.declaredValue()).isEqualByComparingTo("150000.00");
      assertThat(check.currency()).isEqualTo("USD");
    }

    @Test
    void anInvoiceAboveTheDeclaredValueMismatches() {
      var check = platform.checkExportDeclaration("CED-2026-0001", invoice("INV-1", "SME-001", "150000.01", "USD"));

      assertThat(check.outcome()).isEqualTo(CustomsCheck.Outcome.MISMATCH);
      assertThat(check.reason()).contains("exceeds the declared value 150000.00");
      assertThat(check.declaredValue()).isEqualByComparingTo("150000.00");
    }

    @Test
    void anotherExporterOrCurrencyMismatches() {
      var check = platform.checkExportDeclaration("CED-2026-0001", invoice("INV-1", "SME-002", "1000.00", "EUR"));

      assertThat(check.outcome()).isEqualTo(CustomsCheck.Outcome.MISMATCH);
      assertThat(check.reason()).contains("exporter SME-001 is not the seller SME-002").contains("declared in USD");
    }

    @Test
    void aConfiguredConsigneeMustBeTheBuyer() {
      var toAnotherBuyer = new InvoiceDocument("SME-001", "BUY-002", "INV-1", new BigDecimal("100.00"), "USD", null, null);

      assertThat(platform.checkExportDeclaration("CED-2026-0004", toAnotherBuyer).reason())
          .contains("consignee BUY-001 is not the buyer BUY-002");
    }

    @Test
    void anUnknownDeclarationIsNotFound() {
      var check = platform.checkExportDeclaration("CED-1999-0000", invoice("INV-1", "SME-001", "1.00", "USD"));

      assertThat(check.outcome()).isEqualTo(CustomsCheck.Outcome.NOT_FOUND);
      assertThat(check.declaredValue()).isNull();
    }
  }

  @Nested
  class Sanctions {

    @Test
    void aListedNameMatchesWhateverItsCaseSpacingAndPunctuation() {
      assertThat(platform.screen("  sanctioned   TRADING, l.l.c ").outcome()).isEqualTo(Outcome.MATCH);
      assertThat(platform.screen("  SANCTIONED-trading   LLC. ").outcome()).isEqualTo(Outcome.MATCH);
      assertThat(platform.screen("Sanctioned Trading LLC").matchedEntry()).isEqualTo("Sanctioned Trading LLC");
    }

    @Test
    void aNameHoldingAListedNamesWordsIsAPossibleMatch() {
      var result = platform.screen("Sanctioned Trading LLC (Dubai Branch)");

      assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_MATCH);
      assertThat(result.matchedEntry()).isEqualTo("Sanctioned Trading LLC");
    }

    @Test
    void aNameHoldingAPossibleMatchEntryIsAPossibleMatch() {
      assertThat(platform.screen("OCEAN STAR SHIPPING Ltd.").outcome()).isEqualTo(Outcome.POSSIBLE_MATCH);
      assertThat(platform.screen("Ocean Star Shipping").outcome()).isEqualTo(Outcome.POSSIBLE_MATCH);
    }

    @Test
    void anUnrelatedNameIsClear() {
      var result = platform.screen("Ocean Trading Ltd");

      assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
      assertThat(result.matchedEntry()).isNull();
    }

    @Test
    void normalisationDropsCaseAccentsPunctuationAndExtraSpaces() {
      assertThat(SanctionsScreening.normalise("  Société  Générale, S.A. ")).isEqualTo("societe generale sa");
      assertThat(SanctionsScreening.normalise("O'Brien-Smith  & Sons")).isEqualTo("obrien smith sons");
    }
  }

  @Nested
  class Registry {

    static final String OWN = "SCFBHKHHXXX";
    static final String OTHER = "OTHRGB2LXXX";

    private RegistryResult register(String fingerprint, String number, String institution, String reference) {
      return platform.registerFingerprint(new RegistryEntry(fingerprint, number, institution, reference));
    }

    @Test
    void registeringTheSameFingerprintWithTheSameInstitutionAndReferenceAgainIsAccepted() {
      assertThat(register("fp-1", "n-1", OWN, "APP-1")).isEqualTo(new RegistryResult(true, List.of()));
      assertThat(register("fp-1", "n-1", OWN, "APP-1")).isEqualTo(new RegistryResult(true, List.of()));
    }

    @Test
    void theSameReceivableAtAnotherInstitutionIsRefusedNamingIt() {
      register("fp-2", "n-2", OTHER, "THEIRS-7");

      RegistryResult answer = register("fp-2", "n-2", OWN, "APP-2");

      assertThat(answer).isEqualTo(new RegistryResult(false, List.of(new RegistryResult.Match(OTHER, "THEIRS-7", true))));
      assertThat(answer.financedElsewhere(OWN)).hasValueSatisfying(m -> assertThat(m.institution()).isEqualTo(OTHER));
    }

    @Test
    void theSameContentUnderAnotherNumberIsRecordedAndNamed() {
      register("fp-3", "n-3a", OTHER, "THEIRS-8");

      RegistryResult answer = register("fp-3", "n-3b", OWN, "APP-3");

      assertThat(answer.accepted()).isTrue();
      assertThat(answer.financedElsewhere(OWN)).isEmpty();
      assertThat(answer.nearDuplicateElsewhere(OWN)).hasValue(new RegistryResult.Match(OTHER, "THEIRS-8", false));
      // recorded: the other institution now sees this bank's registration too
      assertThat(register("fp-3", "n-3a", OTHER, "THEIRS-8").matches())
          .containsExactly(new RegistryResult.Match(OWN, "APP-3", false));
    }

    @Test
    void theBanksOwnEarlierRegistrationIsNotElsewhere() {
      register("fp-4", "n-4", OWN, "APP-OLD");

      RegistryResult sameNumber = register("fp-4", "n-4", OWN, "APP-NEW");
      RegistryResult otherNumber = register("fp-4", "n-4b", OWN, "APP-NEXT");

      assertThat(sameNumber.accepted()).isTrue();
      assertThat(sameNumber.matches()).containsExactly(new RegistryResult.Match(OWN, "APP-OLD", true));
      assertThat(sameNumber.financedElsewhere(OWN)).isEmpty();
      assertThat(otherNumber.financedElsewhere(OWN)).isEmpty();
      assertThat(otherNumber.nearDuplicateElsewhere(OWN)).isEmpty();
      assertThat(otherNumber.refusedUnnamed()).isFalse();
    }

    @Test
    void aReleasedFingerprintCanBeRegisteredByAnotherInstitution() {
      register("fp-5", "n-5", OTHER, "THEIRS-9");
      platform.releaseFingerprint("fp-5", OTHER, "THEIRS-9");

      assertThat(register("fp-5", "n-5", OWN, "APP-5")).isEqualTo(new RegistryResult(true, List.of()));
    }

    @Test
    void onlyTheHoldingInstitutionCanReleaseItsRegistration() {
      register("fp-6", "n-6", OTHER, "THEIRS-10");
      platform.releaseFingerprint("fp-6", OWN, "THEIRS-10");

      assertThat(register("fp-6", "n-6", OWN, "APP-6").financedElsewhere(OWN)).isPresent();
    }
  }

  @Test
  void injectedFailuresMakeTheNextCallsUnavailable() {
    platform.faults().failNext(1);

    assertThatThrownBy(() -> platform.screen("Anyone")).isInstanceOf(PortUnavailableException.class);
    assertThat(platform.screen("Anyone").outcome()).isEqualTo(Outcome.CLEAR);
  }
}
