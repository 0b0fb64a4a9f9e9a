package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(DynaliteExtension.class)
class TableDefinitionTest {

    @Test
    void shouldCreateTheTableWithItsTwoIndexesOnlyOnce(Store store) {
        // given the extension created the table
        // when
        boolean createdAgain = store.createTableIfMissing();
        TableDescription table = store.client().describeTable(r -> r.tableName(store.tableName())).table();
        // then
        assertThat(createdAgain).isFalse();
        assertThat(table.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                .containsExactly("pk:HASH", "sk:RANGE");
        assertThat(table.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactlyInAnyOrder("gsi1", "gsi2");
        assertThat(table.globalSecondaryIndexes()).allSatisfy(index ->
                assertThat(index.projection().projectionTypeAsString()).isEqualTo("ALL"));
    }
}
