package org.pdsa.local.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.store.RequestCounter;
import org.pdsa.store.Store;
import org.pdsa.store.StoreSettings;

class DynaliteTest {

    @Test
    void shouldAnswerOnAFreePortAndStopItsProcessOnClose() {
        // given
        List<String> progress = new ArrayList<>();
        Dynalite dynalite = Dynalite.start(0, null, progress::add);
        int port = dynalite.port();
        // when
        try (Store store = Store.connect(StoreSettings.local(dynalite.endpoint(), "pdsa"), new RequestCounter())) {
            store.createTableIfMissing();
            assertThat(store.client().listTables().tableNames()).containsExactly("pdsa");
        }
        dynalite.close();
        // then
        assertThat(port).isPositive();
        assertThat(dynalite.isRunning()).isFalse();
        assertThat(accepts(port)).isFalse();
    }

    @Test
    void shouldKeepDataInTheDataFolderAcrossRestarts(@TempDir Path dir) {
        // given a table created by one dynalite on a data folder
        Path data = dir.resolve("dynamodb");
        try (Dynalite first = Dynalite.start(0, data);
             Store store = Store.connect(StoreSettings.local(first.endpoint(), "kept"), new RequestCounter())) {
            store.createTableIfMissing();
            store.programmes().register(sampleProgramme());
        }
        // when another dynalite starts on the same folder
        try (Dynalite second = Dynalite.start(0, data);
             Store store = Store.connect(StoreSettings.local(second.endpoint(), "kept"), new RequestCounter())) {
            // then
            assertThat(store.programmes().find("kept-programme")).hasValue(sampleProgramme());
        }
    }

    @Test
    void shouldSaySoWhenTheAskedPortIsTaken() throws IOException {
        // given a port someone else listens on
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // when / then
            assertThatThrownBy(() -> Dynalite.start(taken.getLocalPort(), null, m -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("EADDRINUSE");
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static org.pdsa.domain.Programme sampleProgramme() {
        return new org.pdsa.domain.Programme("kept-programme", "Kept", "Aim", List.of(), List.of(), List.of(),
                List.of("m"), null, null);
    }
}
