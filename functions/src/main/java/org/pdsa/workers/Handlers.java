package org.pdsa.workers;

import java.util.List;
import org.pdsa.notify.Channel;
import org.pdsa.store.Store;
import org.pdsa.workers.analyse.AnalyseMeasuresHandler;
import org.pdsa.workers.decision.StoreDecisionHandler;
import org.pdsa.workers.fetch.FetchMetricsHandler;
import org.pdsa.workers.fetch.MeasureValues;
import org.pdsa.workers.fetch.MetricsFetch;
import org.pdsa.workers.fetch.TableMeasureValues;
import org.pdsa.workers.learning.CompileLearningHandler;
import org.pdsa.workers.notify.NotifyParticipantsHandler;

/**
 * Builds the five handlers over one store, sharing its programme lookup; a Lambda builds only the one it
 * runs (and only its dependencies: the SES client for notify, the HTTP client for fetch).
 */
public final class Handlers {

    private final Store store;
    private final ProgrammeLookup programmes;

    public Handlers(Store store) {
        this.store = store;
        this.programmes = ProgrammeLookup.over(store.programmes());
    }

    public JobHandler fetchMetrics(MeasureValues fhir) {
        return new FetchMetricsHandler(programmes, new MetricsFetch(new TableMeasureValues(store.measurements()), fhir),
                store.snapshots());
    }

    public JobHandler analyseMeasures() {
        return new AnalyseMeasuresHandler(programmes, new CycleRecords(store.cycles()));
    }

    public JobHandler notifyParticipants(Channel channel) {
        return new NotifyParticipantsHandler(programmes, store.notifications(), channel);
    }

    public JobHandler storeDecision() {
        return new StoreDecisionHandler(programmes, store.decisions(), new CycleRecords(store.cycles()));
    }

    public JobHandler compileLearning() {
        return new CompileLearningHandler(programmes, store.decisions(), store.learning());
    }

    /** All five, in the order of {@link JobTypes#ALL}. */
    public List<JobHandler> all(Channel channel, MeasureValues fhir) {
        return List.of(fetchMetrics(fhir), analyseMeasures(), notifyParticipants(channel), storeDecision(),
                compileLearning());
    }
}
