package com.scfengine.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The characters each kind of text takes: names as people write them in any script, references as invoices and SWIFT
 * write them, comments as people type them — and never statement, markup or control characters where they have no
 * business.
 */
class FieldErrorsTest {

  @Test
  void namesAreWrittenAsPeopleWriteThemInAnyScript() {
    FieldErrors errors = new FieldErrors();
    for (String name : List.of("O'Brien & Sons (Pty) Ltd.", "Monterrey Plásticos S.A. de C.V.", "深圳光明纺织有限公司",
        "Société Générale – Zürich", "Hotel \"Zum Löwen\" GmbH", "100% Organic Co., #2", "Ngũ Cốc Việt Nam",
        "O’Brien «Export»", "深圳光明纺织（集团）有限公司", "Cal·la Tèxtil")) {
      assertThat(errors.name("name", name, 200)).as(name).isEqualTo(name);
    }
    assertThat(errors.all()).isEmpty();
  }

  @Test
  void aNameWithStatementMarkupOrControlCharactersIsRefusedNamingTheCharacter() {
    for (String name : List.of("' OR '1'='1", "'; DROP TABLE act_ru_task; --", "<script>alert(1)</script>",
        "Acme\u0000 Ltd", "\u001bAcme", "Acme \u202eLtd", "Acme\\Ltd", "Acme {Ltd}")) {
      FieldErrors errors = new FieldErrors();
      assertThat(errors.name("name", name, 200)).as(name).isNull();
      assertThat(errors.all()).as(name).singleElement().satisfies(error -> {
        assertThat(error.field()).isEqualTo("name");
        assertThat(error.message()).startsWith("has ").contains("which is not in a name");
      });
    }
    FieldErrors errors = new FieldErrors();
    errors.name("name", "Acme\u202eLtd", 200);
    assertThat(errors.all().get(0).message()).startsWith("has U+202E,");
  }

  @Test
  void referencesTakeWhatInvoicesAndSwiftWrite() {
    FieldErrors errors = new FieldErrors();
    for (String reference : List.of("INV-2026-0001", "INV 2026/0001", "PO#17_B", "TR26LC0417", "A(1).2,3:4?5+6'7",
        "发票-2026-01")) {
      assertThat(errors.reference("invoiceNumber", reference, 100)).as(reference).isEqualTo(reference);
    }
    assertThat(errors.all()).isEmpty();
    for (String reference : List.of("INV;1", "INV=1", "INV<1>", "INV\"1", "INV&1", "INV\u00001", "INV\t1")) {
      FieldErrors refused = new FieldErrors();
      assertThat(refused.reference("invoiceNumber", reference, 100)).as(reference).isNull();
      assertThat(refused.all()).as(reference).hasSize(1);
    }
  }

  @Test
  void commentsTakeAnythingTypedButControlAndFormattingCharacters() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.comment("comment", "Disputed: 10 < 12 ordered; see \"PO-1\" = wrong\nline two\tend", 1000))
        .contains("10 < 12");
    assertThat(errors.comment("comment", "   ", 1000)).isNull();
    assertThat(errors.comment("comment", null, 1000)).isNull();
    assertThat(errors.all()).isEmpty();
    for (String comment : List.of("a\u0000b", "\u001b[31m red", "a\u202eb", "a\u200bb", "x".repeat(1001))) {
      FieldErrors refused = new FieldErrors();
      assertThat(refused.comment("comment", comment, 1000)).isNull();
      assertThat(refused.all()).singleElement().extracting(FieldErrors.FieldError::field).isEqualTo("comment");
    }
  }

  @Test
  void controlCharactersAtEitherEndAreRefusedNotCutAway() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.identifier("id", "\u001bSME-001")).isNull();
    assertThat(errors.currency("currency", "USD\u0000")).isNull();
    assertThat(errors.required("id", "  SME-001  ")).isEqualTo("SME-001");
    assertThat(errors.all()).extracting(FieldErrors.FieldError::field).containsExactly("id", "currency");
  }
}
