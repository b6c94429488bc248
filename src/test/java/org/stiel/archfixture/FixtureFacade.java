package org.stiel.archfixture;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Stands for a facade: its web layer calls it, it returns a read model and publishes an event. It builds a helper in
 * the method that publishes, and a helper is no event for all that.
 */
public record FixtureFacade(ApplicationEventPublisher events) {

    public ReturnedView find() {
        events.publishEvent(new SomethingHappened("x"));
        return new ReturnedView(new LeakyHelper().name());
    }
}
