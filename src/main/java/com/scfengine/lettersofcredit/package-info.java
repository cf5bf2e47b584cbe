/**
 * Documentary letters of credit under UCP 600. The bank issues import credits for its customers
 * ({@code IMPORT_LC}: {@link com.scfengine.lettersofcredit.ImportLcBody}, processes/letters-of-credit/import-lc.bpmn)
 * — terms checked against UCP 600 and SWIFT's formats, the applicant's limit held or a cash margin blocked, decided
 * by the shared credit decision, issued as MT700/MT701 with its commission, amended by MT707 once the beneficiary
 * accepts — and advises, and may confirm, export credits other banks issue for them ({@code EXPORT_LC}: an incoming
 * MT700 at {@code POST /api/letters-of-credit/incoming}). Documents presented under either are examined in the shared
 * process lc-presentation: a first pass ({@link com.scfengine.lettersofcredit.FirstPass}), the examiner, the
 * examination deadline on the currency's banking calendar ({@link com.scfengine.lettersofcredit.UcpDates}), the
 * applicant's waiver or the refusal (MT734), payment, acceptance and maturity, negotiation or the advice of
 * discrepancies (MT750) and the issuing bank's reimbursement. SWIFT messages are written and read by the swift module.
 * Its building blocks are in {@link com.scfengine.lettersofcredit.LcBlocks}; its settings are
 * {@code scf.letters-of-credit.*}.
 */
@ApplicationModule(displayName = "Letters of credit")
package com.scfengine.lettersofcredit;

import org.springframework.modulith.ApplicationModule;
