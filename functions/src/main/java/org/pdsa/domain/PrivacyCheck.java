package org.pdsa.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that carries patient-identifiable data (DOMAIN.md §5): an NHS number (ten digits with a
 * valid check digit, written together or as 3-3-4 groups separated by spaces or hyphens) or a date of birth
 * (a date next to a cue such as "born", "DOB", "d.o.b." or "date of birth"). Dates without such a cue are
 * planning dates and pass. The reason never repeats the matched text, so the refusal leaks nothing.
 */
public final class PrivacyCheck {

    private static final Pattern NHS_NUMBER =
            Pattern.compile("(?<![\\d.]|\\d\\.)(\\d{10}|\\d{3}([ -])\\d{3}\\2\\d{4})(?!\\d|\\.\\d)");

    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?<![\\p{L}])(born|date\\s+of\\s+birth|birth\\s*date|d\\.?\\s?o\\.?\\s?b\\.?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private static final String MONTH =
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}"
                    + "|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{2,4}"
                    + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}",
            Pattern.CASE_INSENSITIVE);

    /** Characters allowed between a cue and its date; a sentence break in between separates them. */
    private static final int MAX_GAP = 25;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;!?\\n]");

    static final String NHS_NUMBER_REASON =
            "contains what looks like an NHS number (10 digits with a valid check digit); "
                    + "only aggregated data may be stored, never patient-identifiable data";
    static final String BIRTH_DATE_REASON =
            "contains what looks like a date of birth (a date next to 'born', 'DOB' or 'date of birth'); "
                    + "only aggregated data may be stored, never patient-identifiable data";

    private PrivacyCheck() {
    }

    /** Why {@code text} must be refused, or empty when it carries nothing patient-identifiable. */
    public static Optional<String> problemIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (containsNhsNumber(text)) {
            return Optional.of(NHS_NUMBER_REASON);
        }
        if (containsBirthDate(text)) {
            return Optional.of(BIRTH_DATE_REASON);
        }
        return Optional.empty();
    }

    /** The field error for {@code field} when its text must be refused. */
    public static Optional<FieldError> check(String field, String text) {
        return problemIn(text).map(reason -> new FieldError(field, reason));
    }

    static boolean containsNhsNumber(String text) {
        Matcher m = NHS_NUMBER.matcher(text);
        while (m.find()) {
            if (NhsNumber.isValid(m.group(1).replaceAll("[ -]", ""))) {
                return true;
            }
        }
        return false;
    }

    static boolean containsBirthDate(String text) {
        List<int[]> cues = spans(BIRTH_CUE.matcher(text));
        if (cues.isEmpty()) {
            return false;
        }
        for (int[] date : spans(DATE.matcher(text))) {
            for (int[] cue : cues) {
                int gapStart = Math.min(cue[1], date[1]);
                int gapEnd = Math.max(cue[0], date[0]);
                if (gapEnd - gapStart <= MAX_GAP && !SENTENCE_BREAK.matcher(text.substring(Math.min(gapStart, gapEnd),
                        Math.max(gapStart, gapEnd))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }
}
