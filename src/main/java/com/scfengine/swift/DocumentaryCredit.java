package com.scfengine.swift;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a documentary credit as MT700 carries them. Texts are plain (lines separated by {@code \n}); the
 * builder wraps them to SWIFT line widths at word boundaries, and a credit read back gives each text as the SWIFT
 * lines it travelled in, so a text already in SWIFT lines reads back unchanged. Optional terms are {@code null}.
 *
 * @param senderBic issuing bank, the sender's address (BIC8 or BIC11; a BIC11 with branch XXX reads back as BIC8)
 * @param receiverBic advising bank, the receiver's address
 * @param creditNumber 20, documentary credit number, 16x
 * @param issueDate 31C, date of issue
 * @param formOfCredit 40A, {@code IRREVOCABLE} or {@code IRREVOCABLE TRANSFERABLE}
 * @param applicableRules 40E, e.g. {@code UCP LATEST VERSION}, or {@code OTHR/} followed by the rules in words
 * @param expiryDate 31D, date of expiry
 * @param expiryPlace 31D, place of expiry, 29x
 * @param applicant 50, name and address, 4*35x
 * @param beneficiaryAccount 59, the beneficiary's account (34x, an IBAN is checked as one), optional
 * @param beneficiary 59, name and address, 4*35x
 * @param currency 32B, ISO 4217 code
 * @param amount 32B, the credit amount
 * @param tolerancePlus 39A, percentage above the amount (0-99), optional, only together with toleranceMinus
 * @param toleranceMinus 39A, percentage below the amount (0-99), optional
 * @param availableWith 41a, a BIC (sent as 41A) or a bank's name or {@code ANY BANK} (41D, 4*35x)
 * @param availableBy 41a, {@code BY PAYMENT}, {@code BY ACCEPTANCE}, {@code BY NEGOTIATION}, {@code BY DEF PAYMENT}
 *     or {@code BY MIXED PYMT}
 * @param draftsAt 42C, tenor of the drafts, 3*35x (e.g. {@code AT SIGHT}), optional, only with a drawee
 * @param drawee 42a, a BIC (42A) or a name and address (42D, 4*35x), optional, only with draftsAt
 * @param deferredPaymentDetails 42P, negotiation or deferred payment details, 4*35x, optional, not with drafts
 * @param partialShipments 43P, {@code ALLOWED}, {@code NOT ALLOWED} or {@code CONDITIONAL}, optional
 * @param transhipment 43T, {@code ALLOWED}, {@code NOT ALLOWED} or {@code CONDITIONAL}, optional
 * @param placeOfTakingInCharge 44A, place of taking in charge, dispatch or receipt, 1*140z, optional
 * @param portOfLoading 44E, port of loading or airport of departure, 1*140z, optional
 * @param portOfDischarge 44F, port of discharge or airport of destination, 1*140z, optional
 * @param placeOfFinalDestination 44B, place of final destination or delivery, 1*140z, optional
 * @param latestShipmentDate 44C, latest date of shipment, optional
 * @param goods 45A, description of goods and/or services, 100*65z per message (longer texts continue in MT701)
 * @param documentsRequired 46A, documents required, 100*65z per message
 * @param additionalConditions 47A, additional conditions, 100*65z per message, optional
 * @param charges 71D, charges, 6*35z, optional
 * @param presentationDays 48, period for presentation in days (0-999), optional
 * @param presentationNarrative 48, what the period counts from, 35x, optional, only with presentationDays
 * @param confirmation 49, {@code CONFIRM}, {@code MAY ADD} or {@code WITHOUT}
 * @param instructionsToBank 78, instructions to the paying, accepting or negotiating bank, 12*65x, optional
 * @param senderToReceiver 72Z, sender to receiver information, 6*35z, optional
 */
public record DocumentaryCredit(
    String senderBic,
    String receiverBic,
    String creditNumber,
    LocalDate issueDate,
    String formOfCredit,
    String applicableRules,
    LocalDate expiryDate,
    String expiryPlace,
    String applicant,
    String beneficiaryAccount,
    String beneficiary,
    String currency,
    BigDecimal amount,
    Integer tolerancePlus,
    Integer toleranceMinus,
    String availableWith,
    String availableBy,
    String draftsAt,
    String drawee,
    String deferredPaymentDetails,
    String partialShipments,
    String transhipment,
    String placeOfTakingInCharge,
    String portOfLoading,
    String portOfDischarge,
    String placeOfFinalDestination,
    LocalDate latestShipmentDate,
    String goods,
    String documentsRequired,
    String additionalConditions,
    String charges,
    Integer presentationDays,
    String presentationNarrative,
    String confirmation,
    String instructionsToBank,
    String senderToReceiver) {}
