package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LetterOfCreditRepository extends JpaRepository<LetterOfCredit, String> {

  boolean existsByIssuingBankBicAndCreditNumber(String issuingBankBic, String creditNumber);
}
