package org.pdsa.container;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value created on first use, once, even when several threads ask at the same time. */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> create;
    private volatile T value;

    public Lazy(Supplier<T> create) {
        this.create = create;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = create.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** Applies {@code action} to the value if it was ever created. */
    public void ifCreated(Consumer<T> action) {
        T v = value;
        if (v != null) {
            action.accept(v);
        }
    }
}
