package io.litindex.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property, saying why, when a real list it reads from ../shared is not on this machine (the jqwik
 * counterpart of {@link SharedFiles#require}, whose JUnit assumption jqwik would count as a discarded try).
 */
public final class SharedFileHook implements SkipExecutionHook {
    /** The file under ../shared a property reads, e.g. {@link SharedFiles#SEED}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @AddLifecycleHook(SharedFileHook.class)
    public @interface UsesSharedFile {
        String value();
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return context.findAnnotation(UsesSharedFile.class)
                .filter(shared -> SharedFiles.find(shared.value()) == null)
                .map(shared -> SkipResult.skip("skipped: ../shared/" + shared.value() + " is not present on this machine"))
                .orElse(SkipResult.doNotSkip());
    }

    /** The text of a shared file, or null when it is absent. */
    public static String read(String relative) {
        Path path = SharedFiles.find(relative);
        try {
            return path == null ? null : Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
