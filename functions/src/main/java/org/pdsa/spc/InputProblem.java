package org.pdsa.spc;

/** One reason an input was refused: the field (e.g. {@code points[3].value} or {@code line 5}) and why. */
public record InputProblem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
