package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

/**
 * Every finder a repository declares is JPQL or SQL ({@code @Query}), or one of Spring Data's own CRUD methods.
 * A finder derived from its method name ({@code findByApplicationIdAndState}) is translated again on every call by
 * Hibernate 6.6 — a JPQL string's translation is cached, a derived query's criteria are not (9.6 → 5.9 %
 * of the CPU of a straight-through application when the finders became JPQL).
 */
class RepositoryQueriesTest {

  @Test
  void everyFinderIsAQueryOrACrudMethod() throws Exception {
    List<Class<?>> repositories = repositories();
    assertThat(repositories).as("repositories found under com.scfengine").hasSizeGreaterThanOrEqualTo(5);

    List<String> derived = new ArrayList<>();
    for (Class<?> repository : repositories) {
      for (Method method : repository.getDeclaredMethods()) {
        if (!method.isDefault() && !method.isAnnotationPresent(Query.class) && !isCrudMethod(method)) {
          derived.add(repository.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(derived).as("finders derived from their names: give each an @Query").isEmpty();
  }

  @Test
  void aFinderDerivedFromItsNameIsCaught() {
    assertThat(Arrays.stream(Derived.class.getDeclaredMethods())
        .filter(m -> !m.isAnnotationPresent(Query.class) && !isCrudMethod(m)).map(Method::getName))
        .containsExactly("findByName");
  }

  /** What {@link SimpleJpaRepository} implements itself: same name and number of parameters. */
  private static boolean isCrudMethod(Method method) {
    return Arrays.stream(SimpleJpaRepository.class.getMethods())
        .anyMatch(m -> m.getName().equals(method.getName()) && m.getParameterCount() == method.getParameterCount());
  }

  private static List<Class<?>> repositories() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isInterface();
      }
    };
    scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
    List<Class<?>> found = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("com.scfengine")) {
      Class<?> type = ClassUtils.forName(definition.getBeanClassName(), RepositoryQueriesTest.class.getClassLoader());
      if (type != Derived.class) {
        found.add(type);
      }
    }
    return found;
  }

  /** A repository as it should not be written: one derived finder beside a query and a CRUD method. */
  interface Derived extends Repository<Object, String> {

    java.util.Optional<Object> findById(String id);

    @Query("select e from Enterprise e where e.name = :name")
    List<Object> named(String name);

    List<Object> findByName(String name);
  }
}
