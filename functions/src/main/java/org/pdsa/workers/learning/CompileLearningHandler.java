package org.pdsa.workers.learning;

import java.util.Map;
import org.pdsa.domain.Learning;
import org.pdsa.store.DecisionRepository;
import org.pdsa.store.LearningRepository;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobTypes;
import org.pdsa.workers.JobVariables;
import org.pdsa.workers.ProgrammeLookup;

/**
 * {@code pdsa.compile-learning}: reads every decision stored for the programme (one GSI query; those of the
 * run are kept, including when the run was closed early and some cycles never decided), records the run's
 * learning once, and completes with {@code learningId} (the run id), {@code learningSummary} and
 * {@code decisionCount}. A redelivered job finds the record and completes with the same values.
 */
public final class CompileLearningHandler implements JobHandler {

    private final ProgrammeLookup programmes;
    private final DecisionRepository decisions;
    private final LearningRepository learning;

    public CompileLearningHandler(ProgrammeLookup programmes, DecisionRepository decisions, LearningRepository learning) {
        this.programmes = programmes;
        this.decisions = decisions;
        this.learning = learning;
    }

    @Override
    public String type() {
        return JobTypes.COMPILE_LEARNING;
    }

    @Override
    public JobOutcome handle(Job job) {
        JobVariables v = job.vars();
        String programmeId = v.string("programmeId");
        String runId = v.string("runId");
        Learning compiled = LearningCompiler.compile(programmes.get(programmeId), runId,
                decisions.findByProgramme(programmeId), v.bool("closedEarly", false),
                v.optionalString("closeReason").orElse(null), job.now());
        Learning stored = learning.record(compiled).stored();
        return JobOutcome.complete(Map.of(
                "learningId", stored.runId(),
                "learningSummary", stored.summary(),
                "decisionCount", stored.decisionCount()));
    }
}
