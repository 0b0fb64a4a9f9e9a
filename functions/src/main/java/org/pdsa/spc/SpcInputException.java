package org.pdsa.spc;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be analysed; carries every problem found (an API answers 422 with them). */
public final class SpcInputException extends IllegalArgumentException {

    private final List<InputProblem> problems;

    public SpcInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public SpcInputException(String field, String reason) {
        this(List.of(new InputProblem(field, reason)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
