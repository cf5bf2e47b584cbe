package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void scaleIsTheIso4217MinorUnit() {
    assertThat(Money.scale("USD")).isEqualTo(2);
    assertThat(Money.scale("EUR")).isEqualTo(2);
    assertThat(Money.scale("JPY")).isEqualTo(0);
    assertThat(Money.scale("KWD")).isEqualTo(3);
    assertThat(Money.scale("BHD")).isEqualTo(3);
  }

  @Test
  void computedFiguresAreRoundedHalfUpToTheCurrencyScale() {
    // BHD 1.2345 → 3 decimals; the dropped digit is exactly 5, HALF_UP goes up: 1.235 (HALF_EVEN would give 1.234)
    assertThat(Money.of(new BigDecimal("1.2345"), "BHD")).isEqualTo(new BigDecimal("1.235"));
    // KWD 99.365561125 → 99.366
    assertThat(Money.of(new BigDecimal("99.365561125"), "KWD")).isEqualTo(new BigDecimal("99.366"));
    // JPY has no minor unit: 2.5 → 3, 2.4 → 2
    assertThat(Money.of(new BigDecimal("2.5"), "JPY")).isEqualTo(new BigDecimal("3"));
    assertThat(Money.of(new BigDecimal("2.4"), "JPY")).isEqualTo(new BigDecimal("2"));
    // USD 0.125 → 0.13; a whole amount gets its two decimals: 100 → 100.00
    assertThat(Money.of(new BigDecimal("0.125"), "USD")).isEqualTo(new BigDecimal("0.13"));
    assertThat(Money.of(new BigDecimal("100"), "USD")).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void givenAmountsMustFitTheMinorUnit() {
    assertThat(Money.exact(new BigDecimal("100.5"), "USD")).isEqualTo(new BigDecimal("100.50"));
    assertThat(Money.exact(new BigDecimal("100.500"), "USD")).isEqualTo(new BigDecimal("100.50"));
    assertThat(Money.exact(new BigDecimal("1.234"), "KWD")).isEqualTo(new BigDecimal("1.234"));
    assertThatIllegalArgumentException().isThrownBy(() -> Money.exact(new BigDecimal("10.5"), "JPY"))
        .withMessageContaining("10.5").withMessageContaining("JPY allows (0)");
    assertThatIllegalArgumentException().isThrownBy(() -> Money.exact(new BigDecimal("1.2345"), "BHD"))
        .withMessageContaining("BHD allows (3)");
  }

  @Test
  void unknownCurrencyIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.scale("XYZ"))
        .withMessage("Unknown currency 'XYZ': not an ISO 4217 code");
    assertThatIllegalArgumentException().isThrownBy(() -> Money.scale(null))
        .withMessageContaining("Unknown currency 'null'");
    assertThatIllegalArgumentException().isThrownBy(() -> Money.scale("usd"))
        .withMessageContaining("Unknown currency 'usd'");
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.ONE, "XXX"))
        .withMessageContaining("has no minor unit");
    assertThatIllegalArgumentException().isThrownBy(() -> Money.scale("XAU"))
        .withMessageContaining("'XAU' has no minor unit");
    assertThat(Money.isKnownCurrency("HKD")).isTrue();
    assertThat(Money.isKnownCurrency("XYZ")).isFalse();
    assertThat(Money.isKnownCurrency("XAU")).isFalse();
    assertThat(Money.isKnownCurrency(null)).isFalse();
  }
}
