package org.lrsched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The way from {@link Schedule#parse} to the registry of types. The registry stands above every schedule and
 * {@code Schedule} below them all, so it is reached by name, once, and the packages stay in layers.
 */
final class Registry {
    private static final MethodHandle PARSE = find();

    private Registry() {}

    static Schedule parse(String text) {
        try {
            return (Schedule) PARSE.invokeExact(text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle find() {
        try {
            Class<?> types = Class.forName("org.lrsched.types.ScheduleTypes");
            return MethodHandles.publicLookup().findStatic(types, "parse",
                    MethodType.methodType(Schedule.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
