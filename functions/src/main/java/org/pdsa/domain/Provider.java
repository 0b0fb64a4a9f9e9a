package org.pdsa.domain;

import java.util.List;

/**
 * A provider taking part in a programme; its leads are the members of {@code leadGroups}. A provider may
 * name a FHIR endpoint from which MeasureReports are fetched instead of waiting for submissions.
 */
public record Provider(String id, String name, List<String> leadGroups, String fhirEndpoint) {

    public Provider {
        leadGroups = leadGroups == null ? List.of() : List.copyOf(leadGroups);
    }
}
