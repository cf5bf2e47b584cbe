package com.scfengine.documents;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code screenEnterprise}: screens one enterprise's name against the sanctions list outside any
 * application — a supplier proposed for a programme, for instance. A possible match is shown to the person who
 * reviews it; a match decides at once: {@code approved} false, with the reason.
 */
@Component("screenEnterprise")
class ScreenEnterpriseDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("screenEnterprise", "Screens an enterprise's name "
          + "against the sanctions list outside any application (a supplier proposed for a programme): a possible "
          + "match goes to the reviewer, a match declines at once. " + BuildingBlock.callsOut("the document platform"))
      .order(235)
      .reads("enterpriseName", "the name to screen")
      .writes("screeningOutcome, screeningDetail", "CLEAR, POSSIBLE_MATCH or MATCH, and the entry matched")
      .writes("sanctionsMatch, approved, reviewComment", "on a MATCH: true, false and the reason")
      .build();

  private final DocumentVerifier documents;

  ScreenEnterpriseDelegate(DocumentVerifier documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution run) {
    String name = Vars.string(run, "enterpriseName");
    ScreeningResult result = documents.screen(name);
    boolean match = result.outcome() == ScreeningResult.Outcome.MATCH;
    run.setVariable("screeningOutcome", result.outcome().name());
    run.setVariable("screeningDetail", result.outcome() == ScreeningResult.Outcome.CLEAR ? ""
        : name + " ~ " + result.matchedEntry());
    run.setVariable("sanctionsMatch", match);
    if (match) {
      run.setVariable("approved", false);
      run.setVariable("reviewComment", "Sanctions match: " + name + " ~ " + result.matchedEntry());
    }
  }
}
