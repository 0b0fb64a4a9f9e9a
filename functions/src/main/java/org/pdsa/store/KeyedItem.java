package org.pdsa.store;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The attributes every item of the table has: its keys, its GSI keys (when indexed) and its kind. */
abstract class KeyedItem {

    /** The keys part of every item schema (static: no reflection at cold start). */
    static final StaticTableSchema<KeyedItem> SCHEMA = StaticTableSchema.builder(KeyedItem.class)
            .addAttribute(String.class, a -> a.name("pk").getter(KeyedItem::getPk).setter(KeyedItem::setPk)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(KeyedItem::getSk).setter(KeyedItem::setSk)
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("gsi1pk").getter(KeyedItem::getGsi1pk).setter(KeyedItem::setGsi1pk)
                    .tags(secondaryPartitionKey(TableDefinition.GSI1)))
            .addAttribute(String.class, a -> a.name("gsi1sk").getter(KeyedItem::getGsi1sk).setter(KeyedItem::setGsi1sk)
                    .tags(secondarySortKey(TableDefinition.GSI1)))
            .addAttribute(String.class, a -> a.name("gsi2pk").getter(KeyedItem::getGsi2pk).setter(KeyedItem::setGsi2pk)
                    .tags(secondaryPartitionKey(TableDefinition.GSI2)))
            .addAttribute(String.class, a -> a.name("gsi2sk").getter(KeyedItem::getGsi2sk).setter(KeyedItem::setGsi2sk)
                    .tags(secondarySortKey(TableDefinition.GSI2)))
            .addAttribute(String.class, a -> a.name("kind").getter(KeyedItem::getKind).setter(KeyedItem::setKind))
            .build();

    private String pk;
    private String sk;
    private String gsi1pk;
    private String gsi1sk;
    private String gsi2pk;
    private String gsi2sk;
    private String kind;

    void keys(String partition, String sort) {
        this.pk = partition;
        this.sk = sort;
    }

    void gsi1(String partition, String sort) {
        this.gsi1pk = partition;
        this.gsi1sk = sort;
    }

    void gsi2(String partition, String sort) {
        this.gsi2pk = partition;
        this.gsi2sk = sort;
    }

    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }

    public String getGsi1pk() {
        return gsi1pk;
    }

    public void setGsi1pk(String gsi1pk) {
        this.gsi1pk = gsi1pk;
    }

    public String getGsi1sk() {
        return gsi1sk;
    }

    public void setGsi1sk(String gsi1sk) {
        this.gsi1sk = gsi1sk;
    }

    public String getGsi2pk() {
        return gsi2pk;
    }

    public void setGsi2pk(String gsi2pk) {
        this.gsi2pk = gsi2pk;
    }

    public String getGsi2sk() {
        return gsi2sk;
    }

    public void setGsi2sk(String gsi2sk) {
        this.gsi2sk = gsi2sk;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
