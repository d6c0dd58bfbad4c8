package org.lrsched.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.internal.NDArrayEx;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for a DJL engine, through DJL's own interfaces: an {@link NDArray} whose engine side records the
 * learning rate each SGD update is given, which is all an optimizer's update hands over that we need to see.
 */
final class RecordingEngine {
    /** The rate of every {@code sgdUpdate}, in order. */
    final List<Float> learningRates = new ArrayList<>();

    /** A weight to update; {@code Sgd.update} asks it for its engine side alone. */
    NDArray weight() {
        NDArrayEx engineSide = proxy(NDArrayEx.class, (self, method, args) -> {
            if (method.getName().equals("sgdUpdate")) {
                learningRates.add((Float) args[2]); // (inputs, weights, learningRate, weightDecay, ...)
                return null;
            }
            throw new UnsupportedOperationException("not needed by the test: " + method.getName());
        });
        return proxy(NDArray.class, (self, method, args) -> {
            if (method.getName().equals("getNDArrayInternal")) {
                return engineSide;
            }
            throw new UnsupportedOperationException("not needed by the test: " + method.getName());
        });
    }

    /** A gradient: passed along, never read. */
    NDArray gradient() {
        return proxy(NDArray.class, (self, method, args) -> {
            throw new UnsupportedOperationException("not needed by the test: " + method.getName());
        });
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> isObjectMethod(method) ? objectMethod(self, method, args)
                        : handler.invoke(self, method, args)));
    }

    private static boolean isObjectMethod(Method method) {
        return method.getDeclaringClass() == Object.class;
    }

    private static Object objectMethod(Object self, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            default:
                return "a stand-in NDArray";
        }
    }
}
