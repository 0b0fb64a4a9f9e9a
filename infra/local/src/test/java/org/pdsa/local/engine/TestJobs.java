package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Job activation and incident look-ups for process tests, through the client like a worker would. */
final class TestJobs {
    private TestJobs() {}

    /** Activates jobs of a type until {@code expected} arrived (long polls, at most ~10 s), sorted by key. */
    static List<ActivatedJob> activate(CamundaClient client, String type, int expected) {
        List<ActivatedJob> jobs = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jobs.size() < expected && System.nanoTime() < until) {
            jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(expected - jobs.size())
                    .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs());
        }
        assertThat(jobs).as("jobs of type %s", type).hasSize(expected);
        jobs.sort(Comparator.comparingLong(ActivatedJob::getKey));
        return jobs;
    }

    static ActivatedJob one(CamundaClient client, String type) {
        return activate(client, type, 1).get(0);
    }

    /** What a short poll finds (to show that no job of the type exists). */
    static List<ActivatedJob> none(CamundaClient client, String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
                .requestTimeout(Duration.ofMillis(200)).send().join().getJobs();
    }

    /** Active incidents of a process instance. */
    static List<Incident> incidents(CamundaClient client, long processInstanceKey) {
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey).state(IncidentState.ACTIVE)).send().join().items();
    }
}
