package io.litindex.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries and the seed of every property of a container.
 * <ul>
 * <li>Tries, for long fuzzing runs: {@code -Dlitindex.fuzz.tries=N} gives each property N tries
 * ({@code mvn -B verify -Dlitindex.fuzz.tries=20000}), {@code -Dlitindex.fuzz.scale=K} K times the tries its
 * annotation gives (which keeps the costly properties, such as the whole large list, in proportion). Without either,
 * each property keeps its annotation's tries, chosen so that the default build stays quick.
 * <li>Seed: the default build runs every property from {@link #DEFAULT_SEED}, so a test run gives the same result on
 * every machine and a failure is reproduced by running again. Long runs (tries or scale set) draw a new seed each
 * time, to explore; {@code -Dlitindex.fuzz.seed=N} replays seed N (jqwik prints the seed of a failure), and
 * {@code -Dlitindex.fuzz.seed=random} draws a new one in the default build too. A seed in a property's annotation wins.
 * </ul>
 * Add it with {@code @AddLifecycleHook(FuzzTries.class)}.
 */
public final class FuzzTries implements AroundPropertyHook {
    /** The system property that sets the tries. */
    public static final String PROPERTY = "litindex.fuzz.tries";
    /** The system property that multiplies the tries. */
    public static final String SCALE = "litindex.fuzz.scale";
    /** The system property that chooses the seed: a number, or {@code random}. */
    public static final String SEED = "litindex.fuzz.seed";
    /** The seed of the default build. */
    static final String DEFAULT_SEED = "20261127";

    /** Added to a class, it applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int tries = number(PROPERTY);
        int scale = number(SCALE);
        if (tries > 0) {
            context.attributes().setTries(tries);
        } else if (scale > 0) {
            context.attributes().setTries(scale * context.attributes().tries().orElse(1000));
        }
        String seed = System.getProperty(SEED, "").strip();
        if (!seed.isEmpty() && !seed.equals("random")) {
            try {
                Long.parseLong(seed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + SEED + " must be a whole number or 'random', not '" + seed + "'", e);
            }
            context.attributes().setSeed(seed);
        } else if (seed.isEmpty() && tries == 0 && scale == 0 && context.attributes().seed().isEmpty()) {
            context.attributes().setSeed(DEFAULT_SEED);
        }
        return property.execute();
    }

    /** The whole number a system property gives, or 0 when it is not set. */
    private static int number(String name) {
        String value = System.getProperty(name, "").strip();
        if (value.isEmpty()) {
            return 0;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number, not '" + value + "'", e);
        }
        if (n < 1) {
            throw new IllegalArgumentException("-D" + name + " must be 1 or more, not " + n);
        }
        return n;
    }
}
