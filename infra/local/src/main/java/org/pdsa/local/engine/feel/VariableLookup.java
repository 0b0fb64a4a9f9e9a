package org.pdsa.local.engine.feel;

/** Read access to the variables visible from one scope (the scope itself, then its parents). */
public interface VariableLookup {

    /** A marker for "no such variable" (a variable may hold null). */
    Object MISSING = new Object();

    /** The value of the nearest variable with this name, or {@link #MISSING}. */
    Object lookup(String name);

    /** No variables at all. */
    VariableLookup EMPTY = name -> MISSING;
}
