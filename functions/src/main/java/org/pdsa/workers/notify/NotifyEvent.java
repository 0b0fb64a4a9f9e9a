package org.pdsa.workers.notify;

import org.pdsa.codes.Coded;

/** What a notify task's {@code event} header says happened, with the subject line it gives a message. */
public enum NotifyEvent implements Coded {
    CYCLE_STARTED("A PDSA cycle has started", "A plan-do-study-act cycle has started."),
    DATA_REMINDER("Reminder: submit this week's data", "The test is running: please submit this period's values."),
    DATA_MISSING("Data missing for the study", "The study cannot go ahead until the missing values are submitted,"
            + " or you choose to study the data there is (task: Provide missing data)."),
    STUDY_READY("The study is ready", "The SPC study of the test window is ready: the task Study and decide is waiting."),
    DECISION_MADE("A decision has been made", "The cycle has been studied and a decision made."),
    TASK_OVERDUE("A task is overdue", "A task has been waiting past its due date."),
    LEARNING_SHARED("Learning shared", "The programme's cycles have been compiled into learning to share.");

    private final String subject;
    private final String opening;

    NotifyEvent(String subject, String opening) {
        this.subject = subject;
        this.opening = opening;
    }

    public String subject() {
        return subject;
    }

    public String opening() {
        return opening;
    }
}
