package org.pdsa.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the demo's leads act on a study, from the verdicts the form shows them and nothing else: a balancing
 * measure in special cause concern (or an outcome measure in concern) means harm, so abandon; an outcome that
 * improved, adopt; no signal, adapt and test again, unless this was already the last cycle they allow
 * themselves. The texts they write say why, quoting the verdicts.
 */
final class StaffJudgement {

    /** After this many cycles without a signal the leads stop. */
    static final int LAST_CYCLE = 2;

    /** The study form's answers: the decision and what the leads write beside it. */
    record Judgement(String decision, String rationale, String learning, String observations, String nextChange) {

        /** The form values of {@code pdsa-study-and-decide}. */
        Map<String, Object> formValues() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("doObservations", observations);
            v.put("learning", learning);
            v.put("surprises", "");
            v.put("decision", decision);
            v.put("rationale", rationale);
            v.put("nextChange", nextChange == null ? "" : nextChange);
            return v;
        }
    }

    private StaffJudgement() {
    }

    static Judgement decide(StudyVerdicts study, String adaptation) {
        List<StudyVerdicts.Verdict> outcomes = study.verdicts().stream().filter(StudyVerdicts.Verdict::isOutcome).toList();
        List<StudyVerdicts.Verdict> harmed = study.verdicts().stream()
                .filter(v -> v.isBalancing() && "concern".equals(v.result())).toList();
        String observations = "Values were sent every week of the test window; " + summary(study.verdicts()) + ".";
        if (study.balancingConcern() || !harmed.isEmpty()) {
            String names = harmed.isEmpty() ? "a balancing measure" : names(harmed);
            return new Judgement("abandon", "The balancing measure " + names + " shows special cause concern: the change"
                    + " moves the problem elsewhere, so we stop it.", "Faster flow at the front door is no gain if "
                    + names + " gets worse; look for the cause before trying anything like it again.", observations, null);
        }
        List<StudyVerdicts.Verdict> worse = outcomes.stream().filter(v -> "concern".equals(v.result())).toList();
        if (!worse.isEmpty()) {
            return new Judgement("abandon", "The outcome measure " + names(worse) + " shows special cause concern.",
                    "The change made " + names(worse) + " worse.", observations, null);
        }
        List<StudyVerdicts.Verdict> better = outcomes.stream().filter(v -> "improvement".equals(v.result())).toList();
        if (!better.isEmpty()) {
            return new Judgement("adopt", "Special cause improvement in " + names(better) + ", and no balancing measure"
                    + " shows concern: keep the change and spread it.", "The change works here: " + names(better)
                    + " improved beyond common-cause variation.", observations, null);
        }
        if (study.cycleNumber() < LAST_CYCLE) {
            return new Judgement("adapt", "No special cause signal in " + names(outcomes) + ": the change as tried did not"
                    + " move the measure, but the idea is still worth testing in a changed form.", "As tried, the change"
                    + " made no detectable difference to " + names(outcomes) + ".", observations, adaptation);
        }
        return new Judgement("abandon", "Still no signal in " + names(outcomes) + " after cycle " + study.cycleNumber()
                + ".", "Neither form of the change made a detectable difference.", observations, null);
    }

    private static String names(List<StudyVerdicts.Verdict> verdicts) {
        return verdicts.stream().map(StudyVerdicts.Verdict::measureName).collect(Collectors.joining(" and "));
    }

    private static String summary(List<StudyVerdicts.Verdict> verdicts) {
        return verdicts.stream().map(v -> v.measureName() + ": " + v.result().replace('-', ' '))
                .collect(Collectors.joining("; "));
    }
}
