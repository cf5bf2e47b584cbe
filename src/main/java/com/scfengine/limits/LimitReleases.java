package com.scfengine.limits;

import com.scfengine.applications.ApplicationEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An application that ended unfinanced gives back every limit it held, in the transaction that ended it. */
@Component
class LimitReleases {

  private final Limits limits;

  LimitReleases(Limits limits) {
    this.limits = limits;
  }

  @EventListener
  void on(ApplicationEnded ended) {
    limits.release(ended.applicationId());
  }
}
