package org.judicialmetrics.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.judicialmetrics.model.Codes.CourtLevel;

/**
 * A Chinese province-level region with its population (2020 census, millions), which weights how many synthetic
 * cases it gets and how many courts it has.
 */
record Province(String name, String code, double population) {

    /** The 31 mainland province-level regions, in ISO 3166-2:CN order. */
    static final List<Province> ALL = List.of(
            new Province("Beijing", "BJ", 21.9), new Province("Tianjin", "TJ", 13.9),
            new Province("Hebei", "HE", 74.6), new Province("Shanxi", "SX", 34.9),
            new Province("Inner Mongolia", "NM", 24.0), new Province("Liaoning", "LN", 42.6),
            new Province("Jilin", "JL", 24.1), new Province("Heilongjiang", "HL", 31.9),
            new Province("Shanghai", "SH", 24.9), new Province("Jiangsu", "JS", 84.7),
            new Province("Zhejiang", "ZJ", 64.6), new Province("Anhui", "AH", 61.0),
            new Province("Fujian", "FJ", 41.5), new Province("Jiangxi", "JX", 45.2),
            new Province("Shandong", "SD", 101.5), new Province("Henan", "HA", 99.4),
            new Province("Hubei", "HB", 57.8), new Province("Hunan", "HN", 66.4),
            new Province("Guangdong", "GD", 126.0), new Province("Guangxi", "GX", 50.1),
            new Province("Hainan", "HI", 10.1), new Province("Chongqing", "CQ", 32.1),
            new Province("Sichuan", "SC", 83.7), new Province("Guizhou", "GZ", 38.6),
            new Province("Yunnan", "YN", 47.2), new Province("Tibet", "XZ", 3.6),
            new Province("Shaanxi", "SN", 39.5), new Province("Gansu", "GS", 25.0),
            new Province("Qinghai", "QH", 5.9), new Province("Ningxia", "NX", 7.2),
            new Province("Xinjiang", "XJ", 25.9));

    private static final WeightedChoice<Province> BY_POPULATION = byPopulation();

    /** A province drawn in proportion to population. */
    static Province pick(SplittableRandom random) {
        return BY_POPULATION.pick(random);
    }

    /**
     * A court of the given level in this province: about 2.2 basic and 0.28 intermediate courts per million people
     * (China has some 3,100 basic and 400 intermediate courts), one high court, and the Supreme People's Court.
     */
    String courtId(CourtLevel level, SplittableRandom random) {
        return switch (level) {
            case BASIC -> "CN-" + code + "-B" + Ids.of("", 1 + random.nextInt(courts(2.2, 3)), 3);
            case INTERMEDIATE -> "CN-" + code + "-I" + Ids.of("", 1 + random.nextInt(courts(0.28, 1)), 3);
            case HIGH -> "CN-" + code + "-H";
            case SUPREME -> "CN-SPC";
        };
    }

    private int courts(double perMillion, int atLeast) {
        return Math.max(atLeast, (int) Math.round(population * perMillion));
    }

    private static WeightedChoice<Province> byPopulation() {
        WeightedChoice.Builder<Province> builder = WeightedChoice.of(ALL.get(0), ALL.get(0).population());
        for (Province province : ALL.subList(1, ALL.size())) {
            builder.or(province, province.population());
        }
        return builder.build();
    }
}
