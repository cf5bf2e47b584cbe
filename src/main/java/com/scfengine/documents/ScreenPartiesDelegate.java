package com.scfengine.documents;

import static com.scfengine.process.Vars.APPLICANT_NAME;
import static com.scfengine.process.Vars.COUNTERPARTY_NAME;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code screenParties}: seller and buyer names against the sanctions list. Sets
 * {@code screeningOutcome} CLEAR or POSSIBLE_MATCH and {@code screeningDetail}; a MATCH rejects.
 */
@Component("screenParties")
class ScreenPartiesDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("screenParties", "Screens applicant and "
          + "counterparty names against the sanctions list." + BuildingBlock.callsOut("the document port"))
      .order(230)
      .reads("applicantName, counterpartyName", "the names to screen")
      .writes("screeningOutcome", "CLEAR or POSSIBLE_MATCH (route a possible match to a person)")
      .writes("screeningDetail", "what was hit")
      .writes("rejectionReason", "why, when a name matches")
      .error(DocumentTrail.REJECTED, "a name matches the sanctions list")
      .build();

  private final DocumentVerifier documents;
  private final DocumentTrail trail;

  ScreenPartiesDelegate(DocumentVerifier documents, DocumentTrail trail) {
    this.documents = documents;
    this.trail = trail;
  }

  @Override
  public void execute(DelegateExecution run) {
    List<String> hits = new ArrayList<>();
    boolean match = false;
    for (String name : List.of(Vars.string(run, APPLICANT_NAME), Vars.string(run, COUNTERPARTY_NAME))) {
      ScreeningResult result = documents.screen(name);
      trail.record(run, "SANCTIONS_SCREENING", name, result.outcome().name(), result.matchedEntry());
      if (result.outcome() != ScreeningResult.Outcome.CLEAR) {
        hits.add(name + " ~ " + result.matchedEntry() + " (" + result.outcome() + ")");
        match |= result.outcome() == ScreeningResult.Outcome.MATCH;
      }
    }
    if (match) {
      throw trail.reject(run, "Sanctions match: " + String.join("; ", hits));
    }
    run.setVariable("screeningOutcome", hits.isEmpty() ? "CLEAR" : "POSSIBLE_MATCH");
    run.setVariable("screeningDetail", String.join("; ", hits));
  }
}
