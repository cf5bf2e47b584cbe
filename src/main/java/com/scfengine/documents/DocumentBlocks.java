package com.scfengine.documents;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document building blocks, as the catalogue lists them, and the called process {@code document-checks}
 * (processes/common/document-checks.bpmn) that composes them.
 */
@Configuration
class DocumentBlocks {

  @Bean
  BuildingBlock verifyInvoiceBlock() {
    return VerifyInvoiceDelegate.BLOCK;
  }

  @Bean
  BuildingBlock externalRegistryBlock() {
    return ExternalRegistryDelegate.BLOCK;
  }

  @Bean
  BuildingBlock checkCustomsDeclarationBlock() {
    return CheckCustomsDeclarationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock screenEnterpriseBlock() {
    return ScreenEnterpriseDelegate.BLOCK;
  }

  @Bean
  BuildingBlock screenPartiesBlock() {
    return ScreenPartiesDelegate.BLOCK;
  }

  @Bean
  BuildingBlock documentChecksBlock() {
    return BuildingBlock.calledProcess("document-checks", "verifyInvoice, externalRegistry, checkCustomsDeclaration "
            + "when customsDeclaration is set, then screenParties. A possible duplicate (same content under another "
            + "number, here or at another institution) waits for trade-operations (form possible-duplicate, fourEyes), "
            + "as does a possible sanctions match (form screening-review, fourEyes). Pass all variables and the "
            + "business key in; mark the call activity asyncBefore.")
        .order(900)
        .reads("all variables", "camunda:in variables=\"all\" and camunda:in "
            + "businessKey=\"#{execution.processBusinessKey}\"")
        .writes("status IN_REVIEW", "while a person clears a possible duplicate or a possible match")
        .writes("duplicateCleared, duplicateComment", "when a person cleared a possible duplicate")
        .error(DocumentTrail.REJECTED, "a document failed, another institution registered the same receivable, a "
            + "duplicate was confirmed, or a name matched")
        .build();
  }
}
