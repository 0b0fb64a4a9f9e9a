package org.pdsa.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * Programmes and their membership. Registering writes the definition first, conditionally (it claims the
 * id), then one membership item per manager and provider in one batch, so "is X a manager of P" and "is
 * provider Y in P" are single reads and "programmes of X" is one GSI query. A repeated registration
 * rewrites the memberships, which heals a registration interrupted between the two writes. A definition, once
 * written, never changes (a different registration under the same id is refused), so {@link #find} keeps the
 * programmes it found (at most 256, per store): the API's handlers read the programme on nearly every request.
 */
public final class ProgrammeRepository {

    static final String KIND = "programme";
    static final String MEMBERSHIP = "membership";
    private static final String MANAGER = "manager";
    private static final String PROVIDER = "provider";

    private static final int KEPT = 256;

    private final Table table;
    private final Map<String, Programme> found = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Programme> eldest) {
            return size() > KEPT;
        }
    };

    ProgrammeRepository(Table table) {
        this.table = table;
    }

    public Written<Programme> register(Programme programme) {
        DocumentItem item = DocumentItem.of(KIND, Keys.programme(programme.id()), Keys.PROGRAMME, programme);
        Optional<DocumentItem> existing = table.putIfAbsent(table.documents, item);
        Written<Programme> written = existing
                .map(found -> Written.compare(found.value(Programme.class), programme))
                .orElseGet(() -> new Written<>(Written.Outcome.CREATED, programme));
        if (written.outcome() != Written.Outcome.CONFLICT) {
            table.batchPut(table.documents, memberships(programme));
        }
        return written;
    }

    public Optional<Programme> find(String programmeId) {
        synchronized (found) {
            Programme kept = found.get(programmeId);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        Optional<Programme> read = table.get(table.documents, Table.key(Keys.programme(programmeId), Keys.PROGRAMME))
                .map(item -> item.value(Programme.class));
        read.ifPresent(p -> {
            synchronized (found) {
                found.put(programmeId, p);
            }
        });
        return read;
    }

    /**
     * The programmes of {@code programmeIds} that exist, in that order: those kept from earlier reads, the rest
     * in one BatchGetItem (per 100).
     */
    public List<Programme> findAll(List<String> programmeIds) {
        Map<String, Programme> byId = new HashMap<>();
        List<Key> missing = new ArrayList<>();
        synchronized (found) {
            for (String id : programmeIds) {
                Programme kept = found.get(id);
                if (kept != null) {
                    byId.put(id, kept);
                } else {
                    missing.add(Table.key(Keys.programme(id), Keys.PROGRAMME));
                }
            }
        }
        if (!missing.isEmpty()) {
            for (DocumentItem item : table.batchGet(table.documents, missing)) {
                Programme p = item.value(Programme.class);
                byId.put(p.id(), p);
                synchronized (found) {
                    found.put(p.id(), p);
                }
            }
        }
        return programmeIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** True when {@code subject} manages programme {@code programmeId} (one read). */
    public boolean isManager(String programmeId, String subject) {
        return table.get(table.documents, Table.key(Keys.programme(programmeId), Keys.manager(subject))).isPresent();
    }

    /** True when provider {@code providerId} takes part in programme {@code programmeId} (one read). */
    public boolean hasProvider(String programmeId, String providerId) {
        return table.get(table.documents, Table.key(Keys.programme(programmeId), Keys.provider(providerId))).isPresent();
    }

    /** The ids of the programmes {@code subject} manages. */
    public List<String> programmesManagedBy(String subject) {
        return programmeIds(Keys.manager(subject));
    }

    /** The ids of the programmes provider {@code providerId} takes part in. */
    public List<String> programmesOfProvider(String providerId) {
        return programmeIds(Keys.provider(providerId));
    }

    private List<String> programmeIds(String member) {
        return table.queryIndex(table.documents, TableDefinition.GSI1, member, "PROGRAMME#").stream()
                .map(item -> item.value(Membership.class).programmeId())
                .sorted()
                .toList();
    }

    private static List<DocumentItem> memberships(Programme programme) {
        List<DocumentItem> items = new ArrayList<>();
        for (String manager : programme.managers()) {
            items.add(membership(programme.id(), MANAGER, manager, Keys.manager(manager)));
        }
        for (Provider provider : programme.providers()) {
            items.add(membership(programme.id(), PROVIDER, provider.id(), Keys.provider(provider.id())));
        }
        return items;
    }

    private static DocumentItem membership(String programmeId, String role, String member, String memberKey) {
        DocumentItem item = DocumentItem.of(MEMBERSHIP, Keys.programme(programmeId), memberKey,
                new Membership(programmeId, role, member));
        item.gsi1(memberKey, Keys.programme(programmeId));
        return item;
    }

    /** What a membership item holds. */
    record Membership(String programmeId, String role, String member) {
    }
}
