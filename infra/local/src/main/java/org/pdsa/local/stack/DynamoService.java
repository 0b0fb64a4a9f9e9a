package org.pdsa.local.stack;

import org.pdsa.local.dynamodb.Dynalite;
import org.pdsa.store.RequestCounter;
import org.pdsa.store.Store;
import org.pdsa.store.StoreSettings;

/** dynalite (data under the stack's data folder, or in memory) and the table, created if missing. */
final class DynamoService implements Service {

    private Dynalite dynalite;
    private Store store;

    @Override
    public String name() {
        return "dynalite";
    }

    @Override
    public void start(LocalStack stack) {
        StackConfig config = stack.config();
        dynalite = Dynalite.start(config.dynamoPort(),
                config.dataDir() == null ? null : config.dataDir().resolve("dynamodb"), stack.progress());
        store = Store.connect(StoreSettings.local(dynalite.endpoint(), config.tableName()), new RequestCounter());
        store.createTableIfMissing();
        stack.dynamo(dynalite.endpoint(), store);
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
        if (dynalite != null) {
            dynalite.close();
        }
    }
}
