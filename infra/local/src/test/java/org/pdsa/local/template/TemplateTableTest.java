package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.store.Store;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The table of template.yaml is the one the store's own definition creates, with AWS's data protections. */
@ExtendWith(DynaliteExtension.class)
class TemplateTableTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void shouldDeclareTheKeysAndIndexesTheStoreCreatesAndQueries(Store store) {
        // given the table as the store's TableDefinition created it on dynalite
        TableDescription created = store.client().describeTable(r -> r.tableName(store.tableName())).table();
        Map<String, Object> declared = properties();

        // then template.yaml declares the same attributes, keys and indexes
        assertThat(attributes(declared)).isEqualTo(created.attributeDefinitions().stream().collect(Collectors.toMap(
                a -> a.attributeName(), a -> a.attributeTypeAsString(), (a, b) -> a, TreeMap::new)));
        assertThat(keys(declared.get("KeySchema"))).isEqualTo(keys(created.keySchema()));
        Map<String, String> declaredIndexes = new TreeMap<>();
        for (Object index : (List<?>) declared.get("GlobalSecondaryIndexes")) {
            Map<String, Object> gsi = SamTemplate.map(index, "GlobalSecondaryIndexes");
            declaredIndexes.put(String.valueOf(gsi.get("IndexName")), keys(gsi.get("KeySchema")) + " "
                    + SamTemplate.map(gsi.get("Projection"), "Projection").get("ProjectionType"));
        }
        Map<String, String> createdIndexes = new TreeMap<>();
        created.globalSecondaryIndexes().forEach(gsi -> createdIndexes.put(gsi.indexName(),
                keys(gsi.keySchema()) + " " + gsi.projection().projectionTypeAsString()));
        assertThat(declaredIndexes).isEqualTo(createdIndexes);
    }

    @Test
    void shouldBillOnDemandKeepBackupsAndEncrypt() {
        Map<String, Object> table = properties();
        assertThat(table).containsEntry("BillingMode", "PAY_PER_REQUEST")
                .containsEntry("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))
                .containsEntry("SSESpecification", Map.of("SSEEnabled", true))
                .doesNotContainKeys("TimeToLiveSpecification", "StreamSpecification");
    }

    @Test
    void shouldPassTheTableNameToEveryFunctionThatUsesTheStore() {
        for (TemplateFunction function : TEMPLATE.functions()) {
            Object tableName = function.environment().get("TABLE_NAME");
            if (tableName != null) {
                assertThat(tableName).as(function.logicalId()).isEqualTo(Map.of("Ref", "Table"));
            }
        }
    }

    private static Map<String, Object> properties() {
        assertThat(TEMPLATE.typeOf("Table")).isEqualTo("AWS::DynamoDB::Table");
        return SamTemplate.map(TEMPLATE.resource("Table").get("Properties"), "Table.Properties");
    }

    private static Map<String, String> attributes(Map<String, Object> table) {
        Map<String, String> attributes = new TreeMap<>();
        for (Object definition : (List<?>) table.get("AttributeDefinitions")) {
            Map<String, Object> attribute = SamTemplate.map(definition, "AttributeDefinitions");
            attributes.put(String.valueOf(attribute.get("AttributeName")), String.valueOf(attribute.get("AttributeType")));
        }
        return attributes;
    }

    private static String keys(Object schema) {
        if (schema instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof KeySchemaElement) {
            return list.stream().map(k -> ((KeySchemaElement) k).attributeName() + ":" + ((KeySchemaElement) k).keyTypeAsString())
                    .collect(Collectors.joining(","));
        }
        return ((List<?>) schema).stream().map(k -> SamTemplate.map(k, "KeySchema"))
                .map(k -> k.get("AttributeName") + ":" + k.get("KeyType")).collect(Collectors.joining(","));
    }
}
