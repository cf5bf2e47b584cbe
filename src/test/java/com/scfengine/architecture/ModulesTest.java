package com.scfengine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.ScfEngineApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules — each top-level package — form no cycle and reach one another only through their API
 * (their top-level package, and named interfaces). The module documentation is written to {@code target/modules},
 * and to {@code docs/modules} with {@code -Dscf.docs.write=true}.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(ScfEngineApplication.class);

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
    MODULES.verify();
  }

  @Test
  void moduleDocumentationIsWritten() {
    String folder = Boolean.getBoolean("scf.docs.write") ? "docs/modules" : "target/modules";
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases()
        .writeAggregatingDocument();
    assertThat(Path.of(folder, "components.puml")).exists();
    assertThat(Path.of(folder, "module-factoring.adoc")).content().contains("com.scfengine.factoring");
  }
}
