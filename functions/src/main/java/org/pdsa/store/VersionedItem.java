package org.pdsa.store;

import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * An item updated over its life (a cycle): keys, a status readable without parsing, the domain value as
 * JSON, and a version that makes every write conditional on the version read (optimistic locking).
 */
final class VersionedItem extends KeyedItem {

    static final StaticTableSchema<VersionedItem> SCHEMA = StaticTableSchema.builder(VersionedItem.class)
            .newItemSupplier(VersionedItem::new)
            .extend(KeyedItem.SCHEMA)
            .addAttribute(String.class, a -> a.name("status").getter(VersionedItem::getStatus).setter(VersionedItem::setStatus))
            .addAttribute(String.class, a -> a.name("data").getter(VersionedItem::getData).setter(VersionedItem::setData))
            .addAttribute(Long.class, a -> a.name("version").getter(VersionedItem::getVersion).setter(VersionedItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private String status;
    private String data;
    private Long version;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
