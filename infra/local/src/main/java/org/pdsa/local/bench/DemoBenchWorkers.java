package org.pdsa.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.Service;
import org.pdsa.local.workers.LocalWorkers;
import org.pdsa.notify.Channels;
import org.pdsa.workers.Handlers;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobRunner;
import org.pdsa.workers.fetch.FhirMeasureValues;
import org.pdsa.store.RequestCounter;
import org.pdsa.store.Store;
import org.pdsa.store.StoreSettings;

/**
 * The stack's job workers as {@code WorkerService} runs them, each handler timed into {@link DemoHandlerTimes}
 * and given its own connection to the table with its own {@link RequestCounter}, so the DynamoDB requests of
 * every job type are counted apart from each other and from the API's, even when jobs run at the same time.
 */
final class DemoBenchWorkers implements Service {

    private final DemoHandlerTimes times;
    private final Map<String, RequestCounter> counters = new TreeMap<>();
    private final List<Store> stores = new ArrayList<>();
    private LocalWorkers workers;

    DemoBenchWorkers(DemoHandlerTimes times) {
        this.times = times;
    }

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public void start(LocalStack stack) {
        List<JobHandler> handlers = new ArrayList<>();
        for (JobHandler probe : handlers(stack.store())) {
            RequestCounter counter = new RequestCounter();
            Store own = Store.connect(StoreSettings.local(stack.dynamoEndpoint(), stack.config().tableName()), counter);
            stores.add(own);
            counters.put(probe.type(), counter);
            handlers(own).stream().filter(h -> h.type().equals(probe.type())).map(times::timed).forEach(handlers::add);
        }
        workers = LocalWorkers.start(stack.camundaClient(), handlers, new JobRunner());
    }

    /** DynamoDB requests per job type so far (a batch counts as one). */
    Map<String, Long> requestsByJobType() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((type, counter) -> out.put(type, counter.total()));
        return out;
    }

    /** DynamoDB requests per job type and operation so far. */
    Map<String, Map<String, Long>> operationsByJobType() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        counters.forEach((type, counter) -> out.put(type, new TreeMap<>(counter.counts())));
        return out;
    }

    private static List<JobHandler> handlers(Store store) {
        return new Handlers(store).all(Channels.fromEnvironment(), FhirMeasureValues.withDefaultClient());
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.close();
        }
        stores.forEach(Store::close);
    }
}
