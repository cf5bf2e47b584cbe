package com.scfengine.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is assigned when it is made (a UUID, a business key) and that has no version. Without this,
 * Spring Data cannot tell a new one from a stored one and {@code save} merges: a SELECT by id before every INSERT
 * (seven such reads per factoring application). New until persisted or loaded.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<String> {

  @Transient
  private boolean stored;

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostPersist
  @PostLoad
  void markStored() {
    stored = true;
  }
}
