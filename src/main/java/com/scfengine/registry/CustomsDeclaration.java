package com.scfengine.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A customs export declaration and the sum financed against it, which never exceeds its declared value
 * (the cross-border platform's rule against excess financing).
 */
@Entity
@Table(name = "customs_declaration")
public class CustomsDeclaration {
  @Id
  private String id;
  private String exporterId;
  private String currency;
  @Column(precision = 19, scale = 4)
  private BigDecimal declaredValue;
  @Column(precision = 19, scale = 4, updatable = false)
  private BigDecimal financed;
  @Column(updatable = false)
  private long version;

  protected CustomsDeclaration() {}

  public String getId() { return id; }
  public String getExporterId() { return exporterId; }
  public String getCurrency() { return currency; }
  public BigDecimal getDeclaredValue() { return declaredValue; }
  public BigDecimal getFinanced() { return financed; }
}
