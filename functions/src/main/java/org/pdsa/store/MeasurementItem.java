package org.pdsa.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pdsa.domain.Measurement;
import org.pdsa.domain.ReplacedValue;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** One submitted value: typed attributes (the value is a DynamoDB number), the history as JSON, a version. */
final class MeasurementItem extends KeyedItem {

    static final String KIND = "measurement";
    private static final TypeReference<List<ReplacedValue>> HISTORY = new TypeReference<>() {
    };

    static final StaticTableSchema<MeasurementItem> SCHEMA = StaticTableSchema.builder(MeasurementItem.class)
            .newItemSupplier(MeasurementItem::new)
            .extend(KeyedItem.SCHEMA)
            .addAttribute(String.class, a -> a.name("programmeId").getter(MeasurementItem::getProgrammeId)
                    .setter(MeasurementItem::setProgrammeId))
            .addAttribute(String.class, a -> a.name("providerId").getter(MeasurementItem::getProviderId)
                    .setter(MeasurementItem::setProviderId))
            .addAttribute(String.class, a -> a.name("measureId").getter(MeasurementItem::getMeasureId)
                    .setter(MeasurementItem::setMeasureId))
            .addAttribute(String.class, a -> a.name("period").getter(MeasurementItem::getPeriod).setter(MeasurementItem::setPeriod))
            .addAttribute(BigDecimal.class, a -> a.name("value").getter(MeasurementItem::getValue).setter(MeasurementItem::setValue))
            .addAttribute(String.class, a -> a.name("recordedAt").getter(MeasurementItem::getRecordedAt)
                    .setter(MeasurementItem::setRecordedAt))
            .addAttribute(String.class, a -> a.name("recordedBy").getter(MeasurementItem::getRecordedBy)
                    .setter(MeasurementItem::setRecordedBy))
            .addAttribute(String.class, a -> a.name("history").getter(MeasurementItem::getHistory).setter(MeasurementItem::setHistory))
            .addAttribute(Long.class, a -> a.name("version").getter(MeasurementItem::getVersion).setter(MeasurementItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private String programmeId;
    private String providerId;
    private String measureId;
    private String period;
    private BigDecimal value;
    private String recordedAt;
    private String recordedBy;
    private String history;
    private Long version;

    static MeasurementItem key(String programmeId, String providerId, String measureId, LocalDate period) {
        MeasurementItem item = new MeasurementItem();
        item.keys(Keys.series(programmeId, providerId), Keys.measurement(measureId, period));
        return item;
    }

    static MeasurementItem from(Measurement m, Long version) {
        MeasurementItem item = key(m.programmeId(), m.providerId(), m.measureId(), m.period());
        item.setKind(KIND);
        item.programmeId = m.programmeId();
        item.providerId = m.providerId();
        item.measureId = m.measureId();
        item.period = m.period().toString();
        item.value = m.value();
        item.recordedAt = m.recordedAt() == null ? null : m.recordedAt().toString();
        item.recordedBy = m.recordedBy();
        item.history = m.history().isEmpty() ? null : StoreJson.write(m.history());
        item.version = version;
        return item;
    }

    Measurement toMeasurement() {
        return new Measurement(programmeId, providerId, measureId, LocalDate.parse(period), value,
                recordedAt == null ? null : Instant.parse(recordedAt), recordedBy,
                history == null ? List.of() : StoreJson.read(history, HISTORY));
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public String getMeasureId() {
        return measureId;
    }

    public void setMeasureId(String measureId) {
        this.measureId = measureId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(String recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
