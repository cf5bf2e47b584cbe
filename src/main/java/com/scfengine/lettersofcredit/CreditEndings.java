package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationEnded;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An application that ended unfinanced — an import credit declined or without limit, an incoming credit found not
 * authentic — leaves its credit DECLINED, in the transaction that ended it. A credit already issued or advised is not
 * touched.
 */
@Component
class CreditEndings {

  private final LettersOfCredit credits;
  private final Clock clock;

  CreditEndings(LettersOfCredit credits, Clock clock) {
    this.credits = credits;
    this.clock = clock;
  }

  @EventListener
  void on(ApplicationEnded ended) {
    credits.find(ended.applicationId())
        .filter(credit -> credit.getStatus() == LetterOfCredit.Status.APPLIED
            || credit.getStatus() == LetterOfCredit.Status.RECEIVED)
        .ifPresent(credit -> {
          credit.moveTo(LetterOfCredit.Status.DECLINED, Instant.now(clock));
          credits.save(credit);
        });
  }
}
