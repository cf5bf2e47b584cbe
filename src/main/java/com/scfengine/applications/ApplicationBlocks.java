package com.scfengine.applications;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The building blocks of the application's record, as the catalogue lists them. */
@Configuration
class ApplicationBlocks {

  @Bean
  BuildingBlock registerApplicationBlock() {
    return RegisterApplicationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock recordOutcomeBlock() {
    return RecordOutcomeDelegate.BLOCK;
  }

  @Bean
  BuildingBlock rejectApplicationBlock() {
    return RejectApplicationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reminderBlock() {
    return ReminderDelegate.BLOCK;
  }

  @Bean
  BuildingBlock fourEyesBlock() {
    return FourEyesListener.BLOCK;
  }
}
