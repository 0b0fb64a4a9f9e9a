package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pdsa.codes.Coded;
import org.pdsa.domain.CycleDefaults;
import org.pdsa.domain.FieldError;
import org.pdsa.spc.Direction;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Programme;
import org.pdsa.domain.ProgrammeValidation;
import org.pdsa.domain.Provider;

/**
 * The body of {@code POST /programmes} read into a {@link Programme}, then checked by the domain's rules:
 * every wrong type and every broken rule is one field error.
 */
public final class ProgrammeInput {

    private static final Set<String> FIELDS = Set.of("id", "name", "aim", "measures", "providers", "participants",
            "managers", "cycleProcessId", "defaults");
    private static final Set<String> MEASURE_FIELDS = Set.of("id", "name", "unit", "type", "direction", "target",
            "period");
    private static final Set<String> PROVIDER_FIELDS = Set.of("id", "name", "leadGroups", "fhirEndpoint");
    private static final Set<String> PARTICIPANT_FIELDS = Set.of("name", "email", "provider");
    private static final Set<String> DEFAULTS_FIELDS = Set.of("baselinePeriods", "testWindowWeeks", "testWindowMonths");

    private ProgrammeInput() {
    }

    /** The programme the body describes; 400 for malformed JSON, 422 naming every invalid field. */
    public static Programme read(String body) {
        JsonNode root = JsonInput.object(body);
        JsonInput in = new JsonInput();
        in.onlyFields(root, "", FIELDS);
        List<Measure> measures = new ArrayList<>();
        List<JsonNode> measureNodes = in.array(root, "", "measures");
        for (int i = 0; i < measureNodes.size(); i++) {
            JsonNode m = in.element(measureNodes.get(i), "measures[" + i + "]");
            if (m != null) {
                measures.add(measure(in, m, "measures[" + i + "]"));
            }
        }
        List<Provider> providers = new ArrayList<>();
        List<JsonNode> providerNodes = in.array(root, "", "providers");
        for (int i = 0; i < providerNodes.size(); i++) {
            String at = "providers[" + i + "]";
            JsonNode p = in.element(providerNodes.get(i), at);
            if (p != null) {
                in.onlyFields(p, at, PROVIDER_FIELDS);
                providers.add(new Provider(in.text(p, at, "id"), in.text(p, at, "name"), in.texts(p, at, "leadGroups"),
                        in.text(p, at, "fhirEndpoint")));
            }
        }
        List<Participant> participants = new ArrayList<>();
        List<JsonNode> participantNodes = in.array(root, "", "participants");
        for (int i = 0; i < participantNodes.size(); i++) {
            String at = "participants[" + i + "]";
            JsonNode p = in.element(participantNodes.get(i), at);
            if (p != null) {
                in.onlyFields(p, at, PARTICIPANT_FIELDS);
                participants.add(new Participant(in.text(p, at, "name"), in.text(p, at, "email"),
                        in.text(p, at, "provider")));
            }
        }
        Programme programme = new Programme(in.text(root, "", "id"), in.text(root, "", "name"), in.text(root, "", "aim"),
                measures, providers, participants, in.texts(root, "", "managers"), in.text(root, "", "cycleProcessId"),
                defaults(in, in.object(root, "", "defaults")));
        ApiProblem.throwIfAny(merge(in.errors().list(), ProgrammeValidation.validate(programme)));
        return programme;
    }

    /**
     * Type errors first, then the rules' errors for the other fields: a field of the wrong type was read as
     * absent, and "is required" on top of "must be a string" would only confuse.
     */
    static List<FieldError> merge(List<FieldError> typeErrors, List<FieldError> ruleErrors) {
        Set<String> typed = new LinkedHashSet<>();
        typeErrors.forEach(e -> typed.add(e.field()));
        List<FieldError> all = new ArrayList<>(typeErrors);
        ruleErrors.stream().filter(e -> !typed.contains(e.field())).distinct().forEach(all::add);
        return all;
    }

    private static Measure measure(JsonInput in, JsonNode m, String at) {
        in.onlyFields(m, at, MEASURE_FIELDS);
        return new Measure(in.text(m, at, "id"), in.text(m, at, "name"), in.text(m, at, "unit"),
                code(in, at + ".type", in.text(m, at, "type"), MeasureType.class),
                code(in, at + ".direction", in.text(m, at, "direction"), Direction.class),
                in.number(m, at, "target"),
                code(in, at + ".period", in.text(m, at, "period"), MeasurePeriod.class));
    }

    private static CycleDefaults defaults(JsonInput in, JsonNode d) {
        if (d == null) {
            return null;
        }
        in.onlyFields(d, "defaults", DEFAULTS_FIELDS);
        CycleDefaults standard = CycleDefaults.STANDARD;
        return new CycleDefaults(
                in.integer(d, "defaults", "baselinePeriods", standard.baselinePeriods()),
                in.integer(d, "defaults", "testWindowWeeks", standard.testWindowWeeks()),
                in.integer(d, "defaults", "testWindowMonths", standard.testWindowMonths()));
    }

    /** A coded value when present; absence is left to the domain's "is required". */
    static <E extends Enum<E> & Coded> E code(JsonInput in, String field, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        return Coded.parse(type, raw).orElseGet(() -> {
            in.errors().add(field, "must be one of " + Coded.choices(type) + ", got '" + raw + "'");
            return null;
        });
    }
}
