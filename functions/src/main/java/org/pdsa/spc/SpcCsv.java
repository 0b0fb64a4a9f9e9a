package org.pdsa.spc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a series from CSV with a header line: the columns named {@code date} (or {@code period}) and
 * {@code value}, in any order among others; or, when those names are absent, exactly two columns taken as
 * date then value. Blank lines are skipped. Problems name the line: {@code line 5: value 'abc' is not a number}.
 */
public final class SpcCsv {

    private static final int MAX_PROBLEMS = 50;

    private SpcCsv() {}

    public static List<SpcPoint> parse(Reader reader) {
        List<String> lines = readLines(reader);
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new SpcInputException("input", "is empty: expected a header line (date,value) and data lines");
        }
        String[] header = split(lines.get(headerIndex));
        int[] columns = columns(header, headerIndex + 1);
        List<InputProblem> problems = new ArrayList<>();
        List<SpcPoint> points = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String at = "line " + (i + 1);
            String[] cells = split(lines.get(i));
            int needed = Math.max(columns[0], columns[1]) + 1;
            if (cells.length < needed) {
                problems.add(new InputProblem(at, "expected " + header.length + " columns like the header, got "
                        + cells.length));
                continue;
            }
            LocalDate date = null;
            try {
                date = SpcRequest.parseDate(cells[columns[0]]);
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(at, "date " + e.getMessage()));
            }
            BigDecimal value = number(cells[columns[1]], at, problems);
            if (date != null) {
                Integer first = seen.putIfAbsent(date, i + 1);
                if (first != null) {
                    problems.add(new InputProblem(at, "duplicate date " + date + " (also on line " + first + ")"));
                }
            }
            if (date != null && value != null) {
                points.add(new SpcPoint(date, value));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpcInputException(problems);
        }
        return points;
    }

    private static int[] columns(String[] header, int lineNumber) {
        int date = -1;
        int value = -1;
        for (int c = 0; c < header.length; c++) {
            String name = header[c].toLowerCase(Locale.ROOT);
            if (date < 0 && (name.equals("date") || name.equals("period"))) {
                date = c;
            } else if (value < 0 && name.equals("value")) {
                value = c;
            }
        }
        if (date >= 0 && value >= 0) {
            return new int[] {date, value};
        }
        if (header.length == 2 && looksLikeDate(header[0])) {
            throw new SpcInputException("line " + lineNumber, "expected a header line (date,value) before the data");
        }
        if (header.length == 2) {
            return new int[] {0, 1};
        }
        throw new SpcInputException("line " + lineNumber, "the header needs columns named date (or period) and"
                + " value, or exactly two columns; got '" + String.join(",", header) + "'");
    }

    private static BigDecimal number(String text, String at, List<InputProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new InputProblem(at, "value is empty"));
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(at, "value '" + text + "' is not a number"));
            return null;
        }
    }

    private static boolean looksLikeDate(String text) {
        try {
            SpcRequest.parseDate(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Comma-separated cells, trimmed, with surrounding double quotes removed (no embedded commas expected). */
    private static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).strip();
            }
            cells[i] = c;
        }
        return cells;
    }

    private static List<String> readLines(Reader reader) {
        try (BufferedReader buffered = new BufferedReader(reader)) {
            List<String> lines = new ArrayList<>(buffered.lines().toList());
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) { // spreadsheet exports add a BOM
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (IOException | UncheckedIOException e) {
            throw new SpcInputException("input", "could not be read: " + e.getMessage());
        }
    }
}
