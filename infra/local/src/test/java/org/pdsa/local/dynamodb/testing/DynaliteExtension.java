package org.pdsa.local.dynamodb.testing;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pdsa.local.dynamodb.Dynalite;
import org.pdsa.store.RequestCounter;
import org.pdsa.store.Store;
import org.pdsa.store.StoreSettings;

/**
 * Gives tests a DynamoDB: one in-memory dynalite per test JVM on a free random port (started on first use,
 * stopped when the JVM's tests end), and a fresh table with a unique name for every {@link Store} parameter,
 * so tests never see each other's data nor a running stack's.
 *
 * <pre>{@code
 * @ExtendWith(DynaliteExtension.class)
 * class CycleRepositoryTest {
 *     @Test
 *     void shouldCreateACycleOnce(Store store) { ... }
 * }
 * }</pre>
 */
public final class DynaliteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynaliteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Store.class || type == Dynalite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Dynalite dynalite = dynalite(context);
        if (parameter.getParameter().getType() == Dynalite.class) {
            return dynalite;
        }
        String table = "test-" + UUID.randomUUID();
        Store store = Store.connect(StoreSettings.local(dynalite.endpoint(), table), new RequestCounter());
        store.createTableIfMissing();
        store.requestCounter().reset();
        // closed with the test (or class) that asked for it
        context.getStore(NAMESPACE).put(table, (AutoCloseable) store::close);
        return store;
    }

    /** The JVM's dynalite, started on first use and closed when the root context closes. */
    public static Dynalite dynalite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Dynalite.class, k -> Dynalite.start(0, null), Dynalite.class);
    }
}
