package org.judicialmetrics.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The principal offences of public prosecutions on a date, with their weights: an offence is only charged once it is
 * a crime (dangerous driving from 2011-05-01, aiding information network crimes from 2015-11-01).
 */
final class PublicOffences {

    static final String DANGEROUS_DRIVING = "dangerous driving";
    static final String HOMICIDE = "intentional homicide";

    /** An offence, its weight among public-prosecution cases, and the day it became a crime (null: always). */
    private record Offence(String name, double weight, LocalDate since) {
    }

    private static final List<Offence> OFFENCES = List.of(
            new Offence(DANGEROUS_DRIVING, 22, LocalDate.of(2011, 5, 1)),
            new Offence("theft", 18, null),
            new Offence("intentional injury", 9, null),
            new Offence("fraud", 8, null),
            new Offence("drug offences", 8, null),
            new Offence("picking quarrels and provoking trouble", 5, null),
            new Offence("aiding information network crimes", 5, LocalDate.of(2015, 11, 1)),
            new Offence("gambling and running gambling houses", 4, null),
            new Offence("traffic accident crime", 4, null),
            new Offence("robbery", 3, null),
            new Offence("illegal business operations", 3, null),
            new Offence("bribery and corruption", 3, null),
            new Offence("organised prostitution", 1.5, null),
            new Offence("rape", 1.5, null),
            new Offence(HOMICIDE, 1, null),
            new Offence("other offences", 4, null));

    /** The mix in force from each date on (the first from the beginning of time). */
    private static final TreeMap<LocalDate, PublicOffences> IN_FORCE = inForce();

    private final WeightedChoice<String> choice;
    private final double dangerousDrivingShare;

    private PublicOffences(LocalDate date) {
        List<Offence> inForce = OFFENCES.stream().filter(o -> o.since() == null || !o.since().isAfter(date)).toList();
        WeightedChoice.Builder<String> builder = WeightedChoice.of(inForce.get(0).name(), inForce.get(0).weight());
        inForce.subList(1, inForce.size()).forEach(o -> builder.or(o.name(), o.weight()));
        choice = builder.build();
        dangerousDrivingShare = choice.mean(name -> name.equals(DANGEROUS_DRIVING) ? 1 : 0);
    }

    /** The offences that can be charged in a case filed on {@code date}. */
    static PublicOffences on(LocalDate date) {
        return IN_FORCE.floorEntry(date).getValue();
    }

    String pick(SplittableRandom random) {
        return choice.pick(random);
    }

    /** Share of cases that are dangerous driving (always one defendant). */
    double dangerousDrivingShare() {
        return dangerousDrivingShare;
    }

    private static TreeMap<LocalDate, PublicOffences> inForce() {
        TreeMap<LocalDate, PublicOffences> mixes = new TreeMap<>();
        mixes.put(LocalDate.MIN, new PublicOffences(LocalDate.MIN));
        OFFENCES.stream().map(Offence::since).filter(Objects::nonNull)
                .forEach(since -> mixes.put(since, new PublicOffences(since)));
        return mixes;
    }
}
