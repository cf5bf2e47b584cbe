package com.scfengine.documents;

import com.scfengine.common.HttpPortSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.documents.*}: which adapter serves the DocumentVerifier port ({@code simulator}, the
 * default, or {@code http}), the bank's identity at the shared external registry, what the simulator knows
 * (failing invoices, customs declarations, the sanctions list), its faults and latency, and the HTTP client's
 * settings.
 */
@Validated
@ConfigurationProperties(prefix = "scf.documents")
public record DocumentsProperties(
    @DefaultValue("simulator") @Pattern(regexp = "simulator|http") String adapter,
    @NotNull(message = "scf.documents.registry.institution is required: the bank's BIC at the shared registry")
    @Valid Registry registry,
    @DefaultValue @Valid Simulator simulator,
    @Valid HttpPortSettings http) {

  public DocumentsProperties {
    simulator = simulator == null ? new Simulator(null, 0, null, null, null) : simulator;
  }

  /**
   * The bank at the shared external registry: {@code institution} is the BIC it registers under. A match the registry
   * names under this institution is the bank's own registration, never "financed elsewhere".
   */
  public record Registry(@NotBlank String institution) {}

  /** The simulated document platform. */
  public record Simulator(
      @DefaultValue("0s") Duration latency,
      @PositiveOrZero int failNextCalls,
      List<@Valid @NotNull FailingInvoice> failingInvoices,
      Map<String, @Valid @NotNull Declaration> customsDeclarations,
      @DefaultValue @Valid Sanctions sanctions) {

    public Simulator {
      latency = latency == null ? Duration.ZERO : latency;
      failingInvoices = failingInvoices == null ? List.of() : List.copyOf(failingInvoices);
      customsDeclarations = customsDeclarations == null ? Map.of() : Map.copyOf(customsDeclarations);
      sanctions = sanctions == null ? new Sanctions(null, null) : sanctions;
    }
  }

  /** Invoices whose number matches {@code pattern} ({@code *} any characters, {@code ?} one; case ignored) fail with {@code reason}. */
  public record FailingInvoice(@NotBlank String pattern, @NotBlank String reason) {}

  /** A customs export declaration: exporter (the seller), declared value and currency; consignee (the buyer) is checked when given. */
  public record Declaration(
      @NotBlank String exporter,
      @NotNull @Positive BigDecimal value,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
      String consignee) {}

  /** Listed names (an exact normalised name is a MATCH) and names that only ever raise a POSSIBLE_MATCH. */
  public record Sanctions(List<@NotBlank String> matches, List<@NotBlank String> possibleMatches) {
    public Sanctions {
      matches = matches == null ? List.of() : List.copyOf(matches);
      possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
    }
  }

  @AssertTrue(message = "scf.documents.http.base-url is required when scf.documents.adapter=http")
  public boolean isHttpConfiguredWhenSelected() {
    return !"http".equals(adapter) || http != null;
  }
}
