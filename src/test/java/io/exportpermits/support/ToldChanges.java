package io.exportpermits.support;

import io.exportpermits.event.EventSignals;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subjects this instance's event listener has told of. It tells them in commit order, so a test that
 * waits for a subject changed after others knows the listener is done with those: nothing it reads later
 * about them will make the service forget what it keeps in memory.
 */
@ApplicationScoped
public class ToldChanges {
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    void listen(@Observes StartupEvent startup, EventSignals signals) {
        signals.onChange(new EventSignals.ChangeListener() {
            @Override
            public void changed(String subjectType, String subjectId) {
                told.add(subjectType + ":" + subjectId);
            }

            @Override
            public void missed() {
                // Nothing is told then, so a test waiting on a subject fails naming it rather than passing.
            }
        });
    }

    /** Waits (up to 5 s, the listener reads at least once a second) until the listener has told of the subject. */
    public void await(String subjectType, String subjectId) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!told.contains(subjectType + ":" + subjectId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the event listener never told of " + subjectType + " " + subjectId);
            }
            Thread.sleep(5);
        }
    }
}
