package com.scfengine.documents;

import static com.scfengine.process.Vars.APPLICANT_ID;
import static com.scfengine.process.Vars.COUNTERPARTY_ID;
import static com.scfengine.process.Vars.DUE_DATE;
import static com.scfengine.process.Vars.FACE_AMOUNT;
import static com.scfengine.process.Vars.INSTRUMENT_NUMBER;
import static com.scfengine.process.Vars.ISSUE_DATE;

import com.scfengine.applications.Rejections;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the document building blocks share: each calls the document port once, records the result on the
 * application's audit trail here, and refuses with BPMN error {@code DOCUMENTS_REJECTED} (with the reason) a
 * failure the model routes. A port outage is not a business outcome: it propagates, the job retries.
 */
@Component
class DocumentTrail {

  static final String REJECTED = "DOCUMENTS_REJECTED";

  private final TradeDocumentRepository trail;
  private final Rejections rejections;

  DocumentTrail(TradeDocumentRepository trail, Rejections rejections) {
    this.trail = trail;
    this.rejections = rejections;
  }

  /** The instrument as the application's terms describe it. */
  static InvoiceDocument invoice(DelegateExecution run) {
    return new InvoiceDocument(Vars.string(run, APPLICANT_ID), Vars.string(run, COUNTERPARTY_ID),
        Vars.string(run, INSTRUMENT_NUMBER), Vars.amount(run, FACE_AMOUNT), Vars.string(run, Vars.CURRENCY),
        Vars.date(run, ISSUE_DATE), Vars.date(run, DUE_DATE));
  }

  /** Writes one check and its result on the application's document trail. */
  void record(DelegateExecution run, String kind, String reference, String result, String detail) {
    trail.save(new TradeDocument(Vars.applicationId(run), kind, reference, result, detail));
  }

  /** Records the reason and returns the error to throw: {@code throw trail.reject(run, reason)}. */
  BpmnError reject(DelegateExecution run, String reason) {
    return rejections.refuse(run, REJECTED, reason);
  }
}
