package org.pdsa.store;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * An item written once and never updated in place (programme definitions, memberships, runs, decisions,
 * notifications, job steps): keys plus the domain value as JSON. Unversioned, so it can be batch-written.
 */
final class DocumentItem extends KeyedItem {

    static final StaticTableSchema<DocumentItem> SCHEMA = StaticTableSchema.builder(DocumentItem.class)
            .newItemSupplier(DocumentItem::new)
            .extend(KeyedItem.SCHEMA)
            .addAttribute(String.class, a -> a.name("data").getter(DocumentItem::getData).setter(DocumentItem::setData))
            .build();

    private String data;

    static DocumentItem of(String kind, String pk, String sk, Object value) {
        DocumentItem item = new DocumentItem();
        item.setKind(kind);
        item.keys(pk, sk);
        item.setData(value == null ? null : StoreJson.write(value));
        return item;
    }

    <T> T value(Class<T> type) {
        return StoreJson.read(data, type);
    }

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }
}
