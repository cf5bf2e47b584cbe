package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LetterOfCreditRepository extends JpaRepository<LetterOfCredit, String> {

  @Query("select count(c) > 0 from LetterOfCredit c where c.issuingBankBic = :bic and c.creditNumber = :number")
  boolean existsByIssuingBankBicAndCreditNumber(@Param("bic") String issuingBankBic, @Param("number") String creditNumber);
}
