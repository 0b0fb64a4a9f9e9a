package org.pdsa.local.workflows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variable and job-type contract written in workflows/README.md, read back so the files can be checked against it. */
record VariableContract(List<String> lines) {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([A-Za-z][A-Za-z0-9]*)`\\s*\\|");

    static VariableContract read(WorkflowsFolder folder) {
        return new VariableContract(WorkflowsFolder.text(folder.readme()).lines().toList());
    }

    /** The variables of the table under "### Variables of `processId`", one per row. */
    Set<String> variablesOf(String processId) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : section("### Variables of `" + processId + "`")) {
            Matcher m = FIRST_CELL.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        if (names.isEmpty()) {
            throw new AssertionError("README has no variable table for process " + processId);
        }
        return names;
    }

    /** Every `code` span of the section "### `jobType`", e.g. the variables, headers and error codes of a job type. */
    Set<String> namesInJobSection(String jobType) {
        return codeSpans(section("### `" + jobType + "`"));
    }

    /** Every `code` span of one row ("| inputs | ... |") of a job type's section. */
    Set<String> namesInJobRow(String jobType, String rowName) {
        return codeSpans(section("### `" + jobType + "`").stream()
                .filter(line -> line.startsWith("| " + rowName + " |"))
                .toList());
    }

    /** The paragraph that starts with {@code prefix}, up to the next blank line. */
    String paragraph(String prefix) {
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith(prefix)) {
            start++;
        }
        if (start == lines.size()) {
            throw new AssertionError("README has no paragraph starting " + prefix);
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < lines.size() && !lines.get(i).isBlank(); i++) {
            text.append(lines.get(i)).append('\n');
        }
        return text.toString();
    }

    private List<String> section(String heading) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new AssertionError("README has no section " + heading);
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("#")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    private static Set<String> codeSpans(List<String> lines) {
        Set<String> spans = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = CODE.matcher(line);
            while (m.find()) {
                spans.add(m.group(1));
            }
        }
        return spans;
    }
}
