package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void amountsShowTheCurrencysMinorUnitWithThousandsSeparated() {
    assertThat(Figures.amount("USD", new BigDecimal("15000.0"))).isEqualTo("USD 15,000.00");
    assertThat(Figures.amount("USD", new BigDecimal("150000.00"))).isEqualTo("USD 150,000.00");
    assertThat(Figures.amount("USD", new BigDecimal("0.5"))).isEqualTo("USD 0.50");
    assertThat(Figures.amount("JPY", new BigDecimal("1234567"))).isEqualTo("JPY 1,234,567");
    assertThat(Figures.amount("BHD", new BigDecimal("1234.5"))).isEqualTo("BHD 1,234.500");
    assertThat(Figures.amount("EUR", new BigDecimal("1234567890123.45"))).isEqualTo("EUR 1,234,567,890,123.45");
  }

  @Test
  void ratesKeptAsFractionsShowAsPercentages() {
    assertThat(Figures.percent(new BigDecimal("0.0750"))).isEqualTo("7.50 %");
    assertThat(Figures.percent(new BigDecimal("0.8"))).isEqualTo("80.00 %");
    assertThat(Figures.percent(new BigDecimal("0.00125"))).isEqualTo("0.125 %");
    assertThat(Figures.percent(new BigDecimal("0.012345"))).isEqualTo("1.2345 %");
    assertThat(Figures.percent(BigDecimal.ZERO)).isEqualTo("0.00 %");
  }

  @Test
  void amountsTypedWithThousandsSeparatorsArePlainDecimals() {
    assertThat(Figures.plain("150,000.00")).isEqualTo("150000.00");
    assertThat(Figures.plain(" 1,234,567 ")).isEqualTo("1234567");
    assertThat(Figures.plain("150000")).isEqualTo("150000");
    assertThat(Figures.plain("15,00.00")).as("not a thousands separator: left for the check to refuse")
        .isEqualTo("15,00.00");
    assertThat(Figures.plain("1,5")).isEqualTo("1,5");
    assertThat(Figures.plain(null)).isNull();
  }
}
