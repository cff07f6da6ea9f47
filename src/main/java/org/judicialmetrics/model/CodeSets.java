package org.judicialmetrics.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.Outcome;

/**
 * The codes of every code column of a job and their group memberships: the canonical codes of spec section 2 (with
 * their built-in groups, {@code outcome} {@value #ADJUDICATED} and {@code decision} {@value #DECIDED}) plus the codes
 * a profile or job spec adds. Validation, metric conditions ({@code @group}) and count tables read groups here, so an
 * added code such as {@code UNSUCCESSFUL} (not adjudicated) keeps the built-in metrics right.
 */
public final class CodeSets implements java.io.Serializable {

    /** Outcomes in which a court decided guilt. */
    public static final String ADJUDICATED = "adjudicated";
    /** Motion decisions on the merits, which need a decided date. */
    public static final String DECIDED = "decided";
    /**
     * Codes a jurisdiction does not have ({@code "EXEMPT_FROM_PUNISHMENT": {"unused": true}}): a count table that never
     * gives them still gives the figures made of them (they count 0), and a metric made of them alone is {@code z}.
     */
    public static final String UNUSED = "unused";

    /** column -> code -> the groups it belongs to */
    private final Map<String, Map<String, Set<String>>> codes;

    private CodeSets(Map<String, Map<String, Set<String>>> codes) {
        this.codes = codes;
    }

    /** The canonical codes of every dataset's code columns, with their built-in groups. */
    public static CodeSets canonical() {
        Map<String, Map<String, Set<String>>> codes = new LinkedHashMap<>();
        for (Dataset d : Dataset.values()) {
            for (Column c : d.columns()) {
                if (!c.codes().isEmpty()) {
                    Map<String, Set<String>> column = codes.computeIfAbsent(c.name(), k -> new LinkedHashMap<>());
                    c.codes().forEach(code -> column.putIfAbsent(code, new LinkedHashSet<>()));
                }
            }
        }
        for (Outcome o : Outcome.values()) {
            if (o.adjudicated()) {
                codes.get("outcome").get(o.name()).add(ADJUDICATED);
            }
        }
        for (Decision d : Decision.values()) {
            if (d.decided()) {
                codes.get("decision").get(d.name()).add(DECIDED);
            }
        }
        return new CodeSets(codes);
    }

    /**
     * These codes with {@code added} (column -> code -> group -> member?); a code already known takes the added
     * memberships.
     */
    public CodeSets with(Map<String, Map<String, Map<String, Boolean>>> added) {
        Map<String, Map<String, Set<String>>> copy = new LinkedHashMap<>();
        codes.forEach((column, byCode) -> {
            Map<String, Set<String>> c = new LinkedHashMap<>();
            byCode.forEach((code, groups) -> c.put(code, new LinkedHashSet<>(groups)));
            copy.put(column, c);
        });
        added.forEach((column, byCode) -> byCode.forEach((code, groups) -> {
            Set<String> member = copy.computeIfAbsent(column, k -> new LinkedHashMap<>())
                    .computeIfAbsent(code, k -> new LinkedHashSet<>());
            (groups == null ? Map.<String, Boolean>of() : groups).forEach((group, in) -> {
                if (Boolean.TRUE.equals(in)) {
                    member.add(group);
                } else {
                    member.remove(group);
                }
            });
        }));
        return new CodeSets(copy);
    }

    /** Every code column, in dataset order. */
    public List<String> codeColumns() {
        return new ArrayList<>(codes.keySet());
    }

    /** The column's codes, canonical first, then added ones in the order given. */
    public List<String> codes(String column) {
        return new ArrayList<>(codes.getOrDefault(column, Map.of()).keySet());
    }

    /** The codes of the column that belong to the group, in code order. */
    public Set<String> group(String column, String group) {
        Set<String> members = new LinkedHashSet<>();
        codes.getOrDefault(column, Map.of()).forEach((code, groups) -> {
            if (groups.contains(group)) {
                members.add(code);
            }
        });
        return members;
    }

    /** Every group a code of the column belongs to. */
    public Set<String> groups(String column) {
        Set<String> groups = new java.util.TreeSet<>();
        codes.getOrDefault(column, Map.of()).values().forEach(groups::addAll);
        return groups;
    }

    /** Whether the code is in the group. */
    public boolean in(String column, String code, String group) {
        return Optional.ofNullable(codes.getOrDefault(column, Map.of()).get(code)).map(g -> g.contains(group))
                .orElse(false);
    }
}
