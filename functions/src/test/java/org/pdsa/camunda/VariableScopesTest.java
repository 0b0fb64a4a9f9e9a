package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableScopesTest {

    @Test
    void shouldLetTheInnermostScopeWin() {
        // given: the task (element instance 30) inside a sub-process (20) of instance 10
        UserTaskInfo task = new UserTaskInfo(40, "t", "task", "CREATED", null, List.of(), List.of(), 10, 30L, "p", null,
                null, null, null, null);
        List<VariableScopes.Scoped> variables = List.of(
                new VariableScopes.Scoped("a", 30L, IntNode.valueOf(3)),
                new VariableScopes.Scoped("a", 10L, IntNode.valueOf(1)),
                new VariableScopes.Scoped("b", 10L, IntNode.valueOf(1)),
                new VariableScopes.Scoped("b", 20L, IntNode.valueOf(2)),
                new VariableScopes.Scoped("c", 10L, TextNode.valueOf("root")));

        // when / then
        assertThat(VariableScopes.innermost(task, variables)).containsEntry("a", IntNode.valueOf(3))
                .containsEntry("b", IntNode.valueOf(2)).containsEntry("c", TextNode.valueOf("root"));
    }

    @Test
    void shouldKeepAValueThatIsNotJsonAsText() {
        assertThat(CamundaProcessEngine.parse("\"rf4\"")).isEqualTo(TextNode.valueOf("rf4"));
        assertThat(CamundaProcessEngine.parse("4")).isEqualTo(IntNode.valueOf(4));
        assertThat(CamundaProcessEngine.parse("not json")).isEqualTo(TextNode.valueOf("not json"));
    }
}
