package com.scfengine.registry;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The financing balance of customs export declarations, moved only by atomic row updates. */
interface CustomsDeclarationRepository extends Repository<CustomsDeclaration, String> {

  java.util.Optional<CustomsDeclaration> findById(String id);

  boolean existsById(String id);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      insert into customs_declaration (id, exporter_id, currency, declared_value, financed, version)
      values (:id, :exporter, :currency, :declaredValue, 0, 0)""", nativeQuery = true)
  int create(@Param("id") String id, @Param("exporter") String exporter, @Param("currency") String currency,
      @Param("declaredValue") BigDecimal declaredValue);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update customs_declaration set financed = financed + :amount, version = version + 1
       where id = :id and financed + :amount <= declared_value""", nativeQuery = true)
  int charge(@Param("id") String id, @Param("amount") BigDecimal amount);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update customs_declaration set financed = financed - :amount, version = version + 1
       where id = :id and financed >= :amount""", nativeQuery = true)
  int refund(@Param("id") String id, @Param("amount") BigDecimal amount);
}
