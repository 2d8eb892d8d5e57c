package io.isoledger.analytics;

import io.isoledger.domain.SideEffectTerm;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Aggregates only: no patient is named, so the report can leave the clinic. */
@Schema(
        name = "SideEffectReport",
        description = "Side-effect reports counted by onset date. Each list holds only the"
                + " groups with reports, ordered by its keys: terms alphabetically, grades and dose bands ascending.")
public record SideEffectReport(
        @Schema(description = "First onset date counted; null when open", example = "2026-01-01")
        LocalDate from,

        @Schema(description = "Last onset date counted; null when open", example = "2026-12-31")
        LocalDate to,

        @Schema(description = "Reports with an onset in the range", example = "3")
        long total,

        List<TermCount> byTerm,
        List<GradeCount> byGrade,
        List<TermAndGradeCount> byTermAndGrade,
        List<DoseBandCount> byDailyDoseBand) {

    private static final Comparator<SideEffectTerm> BY_NAME = Comparator.comparing(SideEffectTerm::name);

    @Schema(name = "SideEffectTermCount")
    public record TermCount(
            @Schema(example = "DRY_LIPS") SideEffectTerm term,
            @Schema(example = "2") long count) {}

    @Schema(name = "SideEffectGradeCount")
    public record GradeCount(
            @Schema(description = "CTCAE v5 grade", example = "1")
            int grade,

            @Schema(example = "2") long count) {}

    @Schema(name = "SideEffectTermAndGradeCount")
    public record TermAndGradeCount(
            @Schema(example = "DRY_LIPS") SideEffectTerm term,
            @Schema(example = "1") int grade,
            @Schema(example = "2") long count) {}

    @Schema(name = "SideEffectDoseBandCount")
    public record DoseBandCount(
            @Schema(
                    description = "Daily dose of the patient's latest prescription before the report; NONE when there"
                            + " was none",
                    enumeration = {"NONE", "≤20 mg", "21–40 mg", ">40 mg"},
                    example = "≤20 mg")
            String band,

            @Schema(example = "2") long count) {}

    private record TermAndGrade(SideEffectTerm term, int grade) {}

    static SideEffectReport of(LocalDate from, LocalDate to, List<SideEffectCount> counts) {
        return new SideEffectReport(
                from,
                to,
                counts.stream().mapToLong(SideEffectCount::count).sum(),
                sum(counts, SideEffectCount::term, BY_NAME).entrySet().stream()
                        .map(e -> new TermCount(e.getKey(), e.getValue()))
                        .toList(),
                sum(counts, SideEffectCount::grade, Comparator.<Integer>naturalOrder()).entrySet().stream()
                        .map(e -> new GradeCount(e.getKey(), e.getValue()))
                        .toList(),
                sum(
                                counts,
                                c -> new TermAndGrade(c.term(), c.grade()),
                                Comparator.comparing(TermAndGrade::term, BY_NAME)
                                        .thenComparingInt(TermAndGrade::grade))
                        .entrySet()
                        .stream()
                        .map(e -> new TermAndGradeCount(
                                e.getKey().term(), e.getKey().grade(), e.getValue()))
                        .toList(),
                sum(counts, SideEffectCount::band, Comparator.<DoseBand>naturalOrder()).entrySet().stream()
                        .map(e -> new DoseBandCount(e.getKey().label(), e.getValue()))
                        .toList());
    }

    private static <K> Map<K, Long> sum(
            List<SideEffectCount> counts, Function<SideEffectCount, K> key, Comparator<? super K> order) {
        Map<K, Long> sums = new TreeMap<>(order);
        counts.forEach(c -> sums.merge(key.apply(c), c.count(), Long::sum));
        return sums;
    }
}
