package org.pdsa.spc;

import java.util.Locale;

/** A minimal SVG writer: elements with attribute pairs, escaped text, coordinates with one decimal. */
final class Svg {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    Svg open(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append(">\n");
        depth++;
        return this;
    }

    Svg close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    Svg empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append("/>\n");
        return this;
    }

    /** An element holding text, e.g. {@code <text x="1">label</text>}. */
    Svg text(String name, String content, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append('>').append(escape(content)).append("</").append(name).append(">\n");
        return this;
    }

    /** An element with a {@code <title>} child (a tooltip and an accessible name). */
    Svg titled(String name, String title, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append("><title>").append(escape(title)).append("</title></").append(name)
                .append(">\n");
        return this;
    }

    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.equals("-0.0") ? "0.0" : s;
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters; a title from user input may carry them
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private StringBuilder attributes(String[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
        }
        return out;
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(depth));
    }
}
