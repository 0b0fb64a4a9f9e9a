package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void shouldListEveryContractRouteOnceAndTheProgrammeListBeyondIt() {
        // DESIGN §3.2, plus GET /programmes (the programmes the caller takes part in) for the web app
        assertThat(Routes.ALL).extracting(Route::key).containsExactly(
                "POST /programmes", "GET /programmes", "GET /programmes/{id}", "POST /programmes/{id}/runs", "GET /programmes/{id}/learning",
                "POST /cycles", "GET /cycles/{id}", "POST /providers/{id}/measurements", "GET /tasks", "GET /tasks/{key}",
                "GET /tasks/{key}/form", "POST /tasks/{key}/assignment", "POST /tasks/{key}/completion",
                "POST /analyses/spc", "GET /health");
    }

    @Test
    void shouldServeEveryAreaWithOneHandlerClass() {
        for (String area : List.of(Routes.PROGRAMMES, Routes.CYCLES, Routes.MEASUREMENTS, Routes.TASKS, Routes.ANALYSES,
                Routes.HEALTH)) {
            assertThat(Routes.ofArea(area)).extracting(Route::handler).as(area).hasSize(Routes.ofArea(area).size())
                    .containsOnly(Routes.ofArea(area).get(0).handler());
        }
    }

    @Test
    void shouldMakeEveryStateChangingPostIdempotentAndOnlyHealthPublic() {
        assertThat(Routes.ALL.stream().filter(Route::mutating)).allMatch(r -> r.method().equals("POST"));
        assertThat(Routes.ALL.stream().filter(r -> r.method().equals("POST") && !r.mutating()))
                .extracting(Route::key).containsExactly("POST /analyses/spc");
        assertThat(Routes.ALL.stream().filter(r -> !r.signedIn())).extracting(Route::key).containsExactly("GET /health");
    }
}
