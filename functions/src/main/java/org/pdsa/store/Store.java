package org.pdsa.store;

import java.util.List;
import org.pdsa.container.AwsCredentials;
import org.pdsa.container.AwsHttp;
import org.pdsa.container.Lazy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The table and its repositories, built once per container (Lambda) or per stack. The DynamoDB client uses
 * the light url-connection HTTP client and counts its requests with a {@link RequestCounter}.
 */
public final class Store implements AutoCloseable {

    private static final Lazy<Store> SHARED =
            new Lazy<>(() -> connect(StoreSettings.fromEnvironment(), new RequestCounter(), AwsHttp.shared()));

    private final DynamoDbClient client;
    private final String tableName;
    private final RequestCounter counter;
    private final Table table;
    /** One per store: it keeps the programme definitions it has read. */
    private final ProgrammeRepository programmes;

    private Store(DynamoDbClient client, String tableName, RequestCounter counter) {
        this.client = client;
        this.tableName = tableName;
        this.counter = counter;
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(VersionedRecordExtension.builder().build())
                .build();
        DynamoDbEnhancedClient unversioned = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(List.of())
                .build();
        this.table = new Table(enhanced, unversioned, tableName);
        this.programmes = new ProgrammeRepository(table);
    }

    /** The container's store, configured from the environment on first use (see {@link StoreSettings}). */
    public static Store shared() {
        return SHARED.get();
    }

    /** A store on its own client for {@code settings}, counting requests into {@code counter}. */
    public static Store connect(StoreSettings settings, RequestCounter counter) {
        return connect(settings, counter, UrlConnectionHttpClient.create());
    }

    private static Store connect(StoreSettings settings, RequestCounter counter, SdkHttpClient http) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(http)
                .region(settings.region())
                .credentialsProvider(credentials(settings))
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return new Store(builder.build(), settings.tableName(), counter);
    }

    /** A store on a client built elsewhere (that client's interceptors are its own business). */
    public static Store using(DynamoDbClient client, String tableName, RequestCounter counter) {
        return new Store(client, tableName, counter);
    }

    /**
     * Loads the request path before the first event needs it: a consistent read of an item that does not exist
     * (the SDK's marshalling, signing and HTTP classes) and the mapping of stored JSON documents. Reads only.
     */
    public void prime(String absentProgrammeId) {
        StoreJson.prime();
        programmes.find(absentProgrammeId);
    }

    /** Creates the table and its GSIs unless it exists (local stack and tests; AWS uses template.yaml). */
    public boolean createTableIfMissing() {
        return TableDefinition.createIfMissing(client, tableName);
    }

    public ProgrammeRepository programmes() {
        return programmes;
    }

    public RunRepository runs() {
        return new RunRepository(table);
    }

    public CycleRepository cycles() {
        return new CycleRepository(table);
    }

    public MeasurementRepository measurements() {
        return new MeasurementRepository(table);
    }

    public DecisionRepository decisions() {
        return new DecisionRepository(table);
    }

    public NotificationRepository notifications() {
        return new NotificationRepository(table);
    }

    public IdempotencyRepository idempotency() {
        return new IdempotencyRepository(table);
    }

    public SeriesSnapshotRepository snapshots() {
        return new SeriesSnapshotRepository(table);
    }

    public LearningRepository learning() {
        return new LearningRepository(table);
    }

    public JobStepRepository jobSteps() {
        return new JobStepRepository(table);
    }

    public RequestCounter requestCounter() {
        return counter;
    }

    public DynamoDbClient client() {
        return client;
    }

    public String tableName() {
        return tableName;
    }

    @Override
    public void close() {
        client.close();
    }

    private static AwsCredentialsProvider credentials(StoreSettings settings) {
        if (!AwsCredentials.inEnvironment() && settings.isLocalEndpoint()) {
            // dynalite checks that requests are signed, not by whom
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return AwsCredentials.fromEnvironmentOrDefaultChain();
    }
}
