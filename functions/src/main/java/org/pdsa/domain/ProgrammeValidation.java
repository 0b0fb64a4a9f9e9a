package org.pdsa.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a programme must meet to be registered; every broken rule becomes a field error. */
public final class ProgrammeValidation {

    private ProgrammeValidation() {
    }

    public static List<FieldError> validate(Programme programme) {
        FieldErrors errors = new FieldErrors();
        errors.id("id", programme.id());
        errors.requiredText("name", programme.name());
        errors.requiredFreeText("aim", programme.aim());
        measures(programme.measures(), errors);
        providers(programme.providers(), errors);
        participants(programme, errors);
        if (programme.managers().isEmpty()) {
            errors.add("managers", "must name at least one manager");
        }
        for (int i = 0; i < programme.managers().size(); i++) {
            errors.requiredText("managers[" + i + "]", programme.managers().get(i));
        }
        errors.id("cycleProcessId", programme.cycleProcessId());
        CycleDefaults d = programme.defaults();
        errors.range("defaults.baselinePeriods", d.baselinePeriods(), 1, 104);
        errors.range("defaults.testWindowWeeks", d.testWindowWeeks(), 1, 104);
        errors.range("defaults.testWindowMonths", d.testWindowMonths(), 1, 24);
        return errors.list();
    }

    private static void measures(List<Measure> measures, FieldErrors errors) {
        if (measures.isEmpty()) {
            errors.add("measures", "must list at least one measure");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            String at = "measures[" + i + "]";
            errors.id(at + ".id", m.id());
            if (m.id() != null && !seen.add(m.id())) {
                errors.add(at + ".id", "repeats measure id '" + m.id() + "'");
            }
            errors.requiredText(at + ".name", m.name());
            errors.requiredText(at + ".unit", m.unit());
            errors.require(at + ".type", m.type());
            errors.require(at + ".direction", m.direction());
            errors.require(at + ".period", m.period());
        }
    }

    private static void providers(List<Provider> providers, FieldErrors errors) {
        if (providers.isEmpty()) {
            errors.add("providers", "must list at least one provider");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            Provider p = providers.get(i);
            String at = "providers[" + i + "]";
            errors.id(at + ".id", p.id());
            if (p.id() != null && !seen.add(p.id())) {
                errors.add(at + ".id", "repeats provider id '" + p.id() + "'");
            }
            errors.requiredText(at + ".name", p.name());
            if (p.leadGroups().isEmpty()) {
                errors.add(at + ".leadGroups", "must name at least one group of leads (the staff who plan and decide)");
            }
            for (int g = 0; g < p.leadGroups().size(); g++) {
                errors.requiredText(at + ".leadGroups[" + g + "]", p.leadGroups().get(g));
            }
            if (p.fhirEndpoint() != null && !p.fhirEndpoint().matches("https?://\\S+")) {
                errors.add(at + ".fhirEndpoint", "must be an http(s) URL");
            }
        }
    }

    private static void participants(Programme programme, FieldErrors errors) {
        for (int i = 0; i < programme.participants().size(); i++) {
            Participant p = programme.participants().get(i);
            String at = "participants[" + i + "]";
            errors.requiredText(at + ".name", p.name());
            errors.email(at + ".email", p.email());
            if (p.providerId() != null && programme.provider(p.providerId()).isEmpty()) {
                errors.add(at + ".provider", "names provider '" + p.providerId() + "', which is not in this programme");
            }
        }
    }
}
