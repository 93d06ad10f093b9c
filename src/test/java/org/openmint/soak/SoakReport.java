package org.openmint.soak;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of a soak run and every invariant it found broken. */
public final class SoakReport {

    /** How many violations the summary lists one by one. */
    private static final int LISTED = 30;

    private final Map<String, Object> figures = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    void figure(String name, Object value) {
        figures.put(name, value);
    }

    void violation(String text) {
        violations.add(text);
    }

    /** The figures, in the order they were recorded. */
    public Map<String, Object> figures() {
        synchronized (figures) {
            return new LinkedHashMap<>(figures);
        }
    }

    /** Every broken invariant; empty when the run passed. */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Prints the figures and the violations. */
    public void print(PrintStream out) {
        out.println("== OpenMint soak summary ==");
        figures().forEach((name, value) -> out.printf("  %-40s %s%n", name, value));
        List<String> found = violations();
        out.println("  " + "-".repeat(60));
        out.printf("  %-40s %d%n", "violations", found.size());
        found.stream().limit(LISTED).forEach(v -> out.println("  VIOLATION " + v));
        if (found.size() > LISTED) {
            out.println("  ... and " + (found.size() - LISTED) + " more");
        }
        out.println(found.isEmpty() ? "RESULT: PASS" : "RESULT: FAIL");
    }
}
