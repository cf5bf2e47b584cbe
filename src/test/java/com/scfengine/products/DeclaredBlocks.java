package com.scfengine.products;

import com.scfengine.ScfEngineApplication;
import com.scfengine.process.BuildingBlock;
import com.scfengine.products.blocks.BuildingBlockCatalogue;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The catalogue of the building blocks the modules declare, without starting the application: every
 * {@code @Configuration} whose beans are all {@link BuildingBlock}s, found by scanning the application's packages
 * into a context of their own.
 */
final class DeclaredBlocks {

  private DeclaredBlocks() {}

  static BuildingBlockCatalogue catalogue() {
    try (var context = new AnnotationConfigApplicationContext()) {
      var scanner = new ClassPathBeanDefinitionScanner(context, false);
      scanner.addIncludeFilter((reader, factory) -> declaresOnlyBlocks(reader.getAnnotationMetadata()));
      scanner.scan(ScfEngineApplication.class.getPackageName());
      context.refresh();
      return new BuildingBlockCatalogue(context.getBeanProvider(BuildingBlock.class).stream().toList());
    }
  }

  private static boolean declaresOnlyBlocks(AnnotationMetadata type) {
    var beans = type.getAnnotatedMethods(Bean.class.getName());
    return type.hasAnnotation(Configuration.class.getName()) && !beans.isEmpty()
        && beans.stream().allMatch(bean -> bean.getReturnTypeName().equals(BuildingBlock.class.getName()));
  }
}
