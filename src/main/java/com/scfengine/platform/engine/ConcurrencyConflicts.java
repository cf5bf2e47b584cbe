package com.scfengine.platform.engine;

import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * A conflict between two transactions over the same row is the engine's ordinary business, whoever's row it is.
 * The engine knows its own (an {@link OptimisticLockingException}: the job is unlocked and runs again, its retries
 * untouched); the application's rows — a seller's enterprise record, a facility, a customs declaration — are written
 * through JPA in the same transaction and, without this plugin, fail as a JPA or JDBC exception that the job executor
 * takes for a real failure: three retries 30 s apart, then an incident.
 *
 * <ul>
 *   <li>Every command's outcome is looked at outside its transaction (so that the commit's own flush is included):
 *       an optimistic-locking failure, a lock timeout or a deadlock anywhere in the exception's causes becomes the
 *       engine's {@link OptimisticLockingException}, with the original as its cause.</li>
 *   <li>A job that fails with such a conflict is unlocked and due again at once: neither its retries nor its due
 *       date change, even where the model gives the step a retry cycle ({@code R3/PT30S} would otherwise put it back
 *       by 30 s). Any other failure takes the engine's usual course.</li>
 * </ul>
 */
@Component
class ConcurrencyConflicts extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withFirst(new AsEngineConflict(), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withFirst(new AsEngineConflict(), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setFailedJobCommandFactory(new RetryConflictsAtOnce());
  }

  private static List<CommandInterceptor> withFirst(CommandInterceptor first, List<CommandInterceptor> others) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(first);
    if (others != null) {
      all.addAll(others);
    }
    return all;
  }

  /** Whether {@code failure} is two transactions colliding over a row, rather than something wrong. */
  static boolean isConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause instanceof ConcurrencyFailureException // Spring's: optimistic and pessimistic locking, deadlocks
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof jakarta.persistence.PessimisticLockException
          || cause instanceof jakarta.persistence.LockTimeoutException
          || cause instanceof org.hibernate.StaleStateException
          || cause instanceof org.hibernate.exception.LockAcquisitionException
          || cause instanceof SQLTransactionRollbackException) { // SQL state 40xxx: deadlock, serialisation failure
        return true;
      }
    }
    return false;
  }

  /** Outside the transaction interceptor: sees the failures of the commit too. */
  static class AsEngineConflict extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (OptimisticLockingException engineOwn) {
        throw engineOwn;
      } catch (RuntimeException failure) {
        if (isConflict(failure)) {
          throw new OptimisticLockingException("Concurrent change of the same row, the command is to be run again: "
              + failure.getMessage(), failure);
        }
        throw failure;
      }
    }
  }

  /** Conflicts: unlock and run again now. Everything else: the engine's own retry handling. */
  static class RetryConflictsAtOnce implements FailedJobCommandFactory {
    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
      return isConflict(exception) ? new RunAgainNow(jobId) : new DefaultJobRetryCmd(jobId, exception);
    }
  }

  private record RunAgainNow(String jobId) implements Command<Object> {
    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job != null) {
        job.unlock();
        var configuration = commandContext.getProcessEngineConfiguration();
        commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            new MessageAddedNotification(configuration.getJobExecutor()));
      }
      return null;
    }
  }
}
