package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.pdsa.local.engine.state.FormDefinition;

/** A deployed Camunda Form as the REST API shows it (a user task's or a start event's form). */
final class FormJson {
    /** An immutable copy taken on the processor thread. */
    record View(long key, String formId, int version, String schema, String tenantId) {
        static View of(FormDefinition form) {
            return new View(form.key(), form.formId(), form.version(), form.resource().text(), form.resource().tenantId());
        }
    }

    private FormJson() {}

    static void write(JsonGenerator json, View v) throws IOException {
        json.writeStartObject();
        json.writeStringField("tenantId", v.tenantId());
        json.writeStringField("formId", v.formId());
        json.writeStringField("schema", v.schema());
        json.writeNumberField("version", v.version());
        ResponseJson.key(json, "formKey", v.key());
        json.writeEndObject();
    }
}
