package com.scfengine.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReceivableRepository extends JpaRepository<Receivable, String> {

  @Query("select r from Receivable r where r.activeKey = :key")
  Optional<Receivable> findByActiveKey(@Param("key") String activeKey);

  /**
   * The live receivables (pending, financed or settled) with this fingerprint. The states are literals, not a list
   * parameter: Hibernate does not cache the translation of a query with a list parameter.
   */
  @Query("""
      select r from Receivable r where r.fingerprint = :fingerprint and r.state in (
        com.scfengine.registry.ReceivableState.PENDING, com.scfengine.registry.ReceivableState.FINANCED,
        com.scfengine.registry.ReceivableState.SETTLED)""")
  List<Receivable> findLiveByFingerprint(@Param("fingerprint") String fingerprint);

  /** Which of these keys a live registration holds; one statement for a chunk of a bulk upload. */
  @Query("select r.activeKey from Receivable r where r.activeKey in :keys")
  List<String> findActiveKeysIn(@Param("keys") java.util.Collection<String> keys);

  @Query("select r from Receivable r where r.applicationId = :application")
  List<Receivable> findByApplicationId(@Param("application") String applicationId);

  /**
   * Moves the application's receivables in state {@code from} to {@code to}: one conditional statement, no read
   * first. The persistence context is cleared after it, so nothing read before is written back over the move.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update receivable set state = :to, updated_at = :now
       where application_id = :application and state = :from""", nativeQuery = true)
  int move(@Param("application") String applicationId, @Param("from") String from, @Param("to") String to,
      @Param("now") Instant now);

  /** Every receivable still live for its application (pending or financed): one statement. */
  @Query("""
      select new com.scfengine.registry.ReceivableRegistry$LiveRegistration(r.id, r.applicationId, r.state)
        from Receivable r where r.state in (
          com.scfengine.registry.ReceivableState.PENDING, com.scfengine.registry.ReceivableState.FINANCED)""")
  List<ReceivableRegistry.LiveRegistration> findAllLive();
}
