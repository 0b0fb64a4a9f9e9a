package org.pdsa.local.engine.processing.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.UnsupportedElements;

class ElementProcessorsTest {

    @Test
    void shouldHaveAProcessorForEveryElementTypeThatDeploymentAccepts() {
        // given the element types deployment does not refuse outright
        var accepted = Arrays.stream(ElementType.values())
                .filter(type -> type != ElementType.SEQUENCE_FLOW)
                .filter(type -> !UnsupportedElements.isUnsupportedType(type));

        // then each has a processor
        assertThat(accepted).allSatisfy(type -> assertThat(ElementProcessors.has(type)).as(type.name()).isTrue());
    }
}
