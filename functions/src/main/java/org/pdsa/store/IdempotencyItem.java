package org.pdsa.store;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** An Idempotency-Key record: the request's hash, whether the response is stored yet, and the response. */
final class IdempotencyItem extends KeyedItem {

    static final String KIND = "idempotency";
    static final String IN_PROGRESS = "in-progress";
    static final String COMPLETED = "completed";

    static final StaticTableSchema<IdempotencyItem> SCHEMA = StaticTableSchema.builder(IdempotencyItem.class)
            .newItemSupplier(IdempotencyItem::new)
            .extend(KeyedItem.SCHEMA)
            .addAttribute(String.class, a -> a.name("requestHash").getter(IdempotencyItem::getRequestHash)
                    .setter(IdempotencyItem::setRequestHash))
            .addAttribute(String.class, a -> a.name("state").getter(IdempotencyItem::getState).setter(IdempotencyItem::setState))
            .addAttribute(Long.class, a -> a.name("startedAt").getter(IdempotencyItem::getStartedAt)
                    .setter(IdempotencyItem::setStartedAt))
            .addAttribute(Integer.class, a -> a.name("responseStatus").getter(IdempotencyItem::getResponseStatus)
                    .setter(IdempotencyItem::setResponseStatus))
            .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name("responseHeaders")
                    .getter(IdempotencyItem::getResponseHeaders).setter(IdempotencyItem::setResponseHeaders))
            .addAttribute(String.class, a -> a.name("responseBody").getter(IdempotencyItem::getResponseBody)
                    .setter(IdempotencyItem::setResponseBody))
            .build();

    private String requestHash;
    private String state;
    private Long startedAt;
    private Integer responseStatus;
    private Map<String, String> responseHeaders;
    private String responseBody;

    public String getRequestHash() {
        return requestHash;
    }

    public void setRequestHash(String requestHash) {
        this.requestHash = requestHash;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Long startedAt) {
        this.startedAt = startedAt;
    }

    public Integer getResponseStatus() {
        return responseStatus;
    }

    public void setResponseStatus(Integer responseStatus) {
        this.responseStatus = responseStatus;
    }

    public Map<String, String> getResponseHeaders() {
        return responseHeaders;
    }

    public void setResponseHeaders(Map<String, String> responseHeaders) {
        this.responseHeaders = responseHeaders;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public void setResponseBody(String responseBody) {
        this.responseBody = responseBody;
    }
}
