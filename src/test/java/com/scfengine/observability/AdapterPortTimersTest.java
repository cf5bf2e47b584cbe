package com.scfengine.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.common.AdapterPort;
import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.common.PortUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every call through a port is timed per port, operation and outcome; the adapter is still injected by its type. */
class AdapterPortTimersTest {

  @AdapterPort("test-port")
  interface TestPort {
    String ask(String question);
  }

  /** An adapter as the simulators are: a class of its own, with state and methods beyond the port's. */
  static class TestAdapter implements TestPort {
    private final String prefix;
    private int extraCalls;

    TestAdapter(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String ask(String question) {
      return switch (question) {
        case "down" -> throw new PortUnavailableException("test port unavailable");
        case "bad" -> throw new PortRequestRejectedException("test port", "ask", 422, "bad question");
        case "bug" -> throw new IllegalStateException("bug");
        default -> prefix + question;
      };
    }

    public int extra() {
      return ++extraCalls;
    }
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
      .withBean(AdapterPortTimers.class)
      .withBean(TestAdapter.class, () -> new TestAdapter("answer: "));

  @Test
  void callsAreTimedPerOutcomeAndOtherMethodsPassThrough() {
    context.run(ctx -> {
      TestAdapter adapter = ctx.getBean(TestAdapter.class);
      TestPort port = ctx.getBean(TestPort.class);
      assertThat(port.ask("rate")).isEqualTo("answer: rate");
      assertThat(port.ask("again")).isEqualTo("answer: again");
      assertThatThrownBy(() -> port.ask("down")).isInstanceOf(PortUnavailableException.class);
      assertThatThrownBy(() -> port.ask("bad")).isInstanceOf(PortRequestRejectedException.class);
      assertThatThrownBy(() -> port.ask("bug")).isInstanceOf(IllegalStateException.class);
      assertThat(adapter.extra()).isEqualTo(1);
      assertThat(adapter.extra()).isEqualTo(2);

      MeterRegistry registry = ctx.getBean(MeterRegistry.class);
      assertThat(count(registry, "success")).isEqualTo(2);
      assertThat(count(registry, "unavailable")).isEqualTo(1);
      assertThat(count(registry, "rejected")).isEqualTo(1);
      assertThat(count(registry, "error")).isEqualTo(1);
      assertThat(registry.find(AdapterPortTimers.CALLS).tag("operation", "extra").timers()).isEmpty();
    });
  }

  private static long count(MeterRegistry registry, String outcome) {
    var timer = registry.find(AdapterPortTimers.CALLS)
        .tags("port", "test-port", "operation", "ask", "outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }
}
