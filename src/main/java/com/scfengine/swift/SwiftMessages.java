package com.scfengine.swift;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the SWIFT MT messages of documentary credits with Prowide Core. Every FIN text it writes passes
 * {@link SwiftRules} first (a failure is an {@link IllegalStateException}: the engine must never send a message the
 * network would refuse), and every FIN text it reads passes them too, and must fit its record completely (a failure
 * is a {@link SwiftMessageException} naming each bad tag). Written texts are input messages ({@code {2:I...}}) from
 * the sender's logical terminal A; read texts may be input or output messages, with or without blocks 3 and 5.
 */
@Component
public class SwiftMessages {

  /**
   * MT700, plus MT701 continuations (45A/46A/47A again, 27 = n/total) when goods, documents and conditions exceed
   * 100 lines of 65 characters per field or the 10,000 characters of one message; each FIN text checked by
   * {@link SwiftRules}.
   *
   * @throws IllegalStateException when a value does not fit its field or the message breaks a network rule
   */
  public List<String> issue(DocumentaryCredit credit) {
    return CreditMessages.write(required(credit, "credit"));
  }

  /**
   * MT707 for an amendment.
   *
   * @throws IllegalStateException when a value does not fit its field or the message breaks a network rule
   */
  public String amend(Amendment amendment) {
    return AmendmentMessages.write(required(amendment, "amendment"));
  }

  /**
   * MT734 for the refusal of a presentation.
   *
   * @throws IllegalStateException when a value does not fit its field or the message breaks a network rule
   */
  public String refuse(Refusal refusal) {
    return RefusalMessages.write(required(refusal, "refusal"));
  }

  /**
   * MT750 for an advice of discrepancy.
   *
   * @throws IllegalStateException when a value does not fit its field or the message breaks a network rule
   */
  public String adviseDiscrepancies(DiscrepancyAdvice advice) {
    return DiscrepancyMessages.write(required(advice, "advice of discrepancy"));
  }

  /**
   * Parses an incoming MT700 FIN text (blocks 1, 2 and 4; blocks 3 and 5 optional) with Prowide, checks it with
   * {@link SwiftRules} and maps every field back. A credit whose goods or documents continue in MT701 needs
   * {@link #readCreditWithContinuations(List)}.
   *
   * @throws SwiftMessageException naming each bad tag: a broken rule, a field the credit has no place for, or
   *     {@code "message"} for a text that does not parse at all
   */
  public DocumentaryCredit readCredit(String fin) {
    return CreditMessages.read(List.of(required(fin, "FIN text")));
  }

  /**
   * Reads an MT700 and its MT701 continuations, given in the order of their 27 (1/n first), as {@link #issue} writes
   * them: the texts of 45A, 46A and 47A are joined over the set.
   *
   * @throws SwiftMessageException naming each bad tag, "in message n" when several are given
   */
  public DocumentaryCredit readCreditWithContinuations(List<String> fins) {
    return CreditMessages.read(fins);
  }

  /**
   * Reads an MT707 the way {@link #amend} writes it.
   *
   * @throws SwiftMessageException naming each bad tag
   */
  public Amendment readAmendment(String fin) {
    return AmendmentMessages.read(required(fin, "FIN text"));
  }

  /**
   * Reads an MT734 the way {@link #refuse} writes it.
   *
   * @throws SwiftMessageException naming each bad tag
   */
  public Refusal readRefusal(String fin) {
    return RefusalMessages.read(required(fin, "FIN text"));
  }

  /**
   * Reads an MT750 the way {@link #adviseDiscrepancies} writes it.
   *
   * @throws SwiftMessageException naming each bad tag
   */
  public DiscrepancyAdvice readDiscrepancyAdvice(String fin) {
    return DiscrepancyMessages.read(required(fin, "FIN text"));
  }

  private static <T> T required(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("The " + what + " is missing");
    }
    return value;
  }
}
