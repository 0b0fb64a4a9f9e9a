package org.pdsa.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ParallelInitTest {

    @Test
    void shouldReturnTheEssentialValueAfterEveryPrimingStepRanOnAnotherThread() {
        // given
        List<String> threads = new CopyOnWriteArrayList<>();
        String caller = Thread.currentThread().getName();

        // when
        String value = ParallelInit.alongside(() -> "store",
                () -> threads.add(Thread.currentThread().getName()), () -> threads.add(Thread.currentThread().getName()));

        // then
        assertThat(value).isEqualTo("store");
        assertThat(threads).hasSize(2).allSatisfy(name -> assertThat(name).isEqualTo("init-priming").isNotEqualTo(caller));
    }

    @Test
    void shouldGoOnWithTheNextPrimingStepWhenOneFails() {
        // given
        List<String> ran = new CopyOnWriteArrayList<>();

        // when
        String value = ParallelInit.alongside(() -> "store",
                () -> { throw new IllegalStateException("no table"); }, () -> ran.add("second"));

        // then
        assertThat(value).isEqualTo("store");
        assertThat(ran).containsExactly("second");
    }

    @Test
    void shouldFailTheInitWhenTheEssentialWorkFails() {
        assertThatThrownBy(() -> ParallelInit.alongside(() -> { throw new IllegalStateException("no region"); },
                () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("no region");
    }
}
