package io.litindex.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of every property of a container from {@code -Dlitindex.fuzz.tries=N}, for long fuzzing runs
 * ({@code mvn -B verify -Dlitindex.fuzz.tries=20000}); without it each property keeps the tries its annotation gives,
 * chosen so that the default build stays quick. Add it with {@code @AddLifecycleHook(FuzzTries.class)}.
 */
public final class FuzzTries implements AroundPropertyHook {
    /** The system property that overrides the tries. */
    public static final String PROPERTY = "litindex.fuzz.tries";

    /** Added to a class, it applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String value = System.getProperty(PROPERTY, "").strip();
        if (!value.isEmpty()) {
            int tries;
            try {
                tries = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number of tries, not '" + value + "'", e);
            }
            if (tries < 1) {
                throw new IllegalArgumentException("-D" + PROPERTY + " must be 1 or more, not " + tries);
            }
            context.attributes().setTries(tries);
        }
        return property.execute();
    }
}
