package io.isoledger.analytics;

import io.isoledger.domain.SideEffectTerm;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Analytics read model, pre-aggregated: how many side effects were reported with one onset day, term,
 * grade and dose band. A report's range sums the rows of its days, so its cost follows the number of
 * days and groups, never the number of reports.
 */
@Entity
@Table(name = "analytics_side_effect_count")
class SideEffectDayCount extends PanacheEntityBase {

    @Id
    String id;

    LocalDate onsetOn;

    @Enumerated(EnumType.STRING)
    SideEffectTerm term;

    int grade;

    @Enumerated(EnumType.STRING)
    DoseBand doseBand;

    long reports;

    /**
     * Counts one more report: a single upsert, so that two instances projecting different partitions
     * may count the same day and group at once (the second waits for the first's row, never fails on
     * the key).
     */
    static void countOne(LocalDate onsetOn, SideEffectTerm term, int grade, DoseBand doseBand) {
        getEntityManager()
                .createQuery("insert into SideEffectDayCount c (id, onsetOn, term, grade, doseBand, reports)"
                        + " values (:id, :onsetOn, :term, :grade, :doseBand, 1)"
                        + " on conflict (id) do update set reports = c.reports + 1")
                .setParameter("id", onsetOn + "/" + term.name() + "/" + grade + "/" + doseBand.name())
                .setParameter("onsetOn", onsetOn)
                .setParameter("term", term)
                .setParameter("grade", grade)
                .setParameter("doseBand", doseBand)
                .executeUpdate();
    }

    /**
     * The reports with an onset in the range (either end open when null), counted per term, grade and
     * dose band: one statement, so every total of a report comes from the same snapshot.
     */
    static List<SideEffectCount> countsByOnset(LocalDate from, LocalDate to) {
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("c.onsetOn >= :from");
        }
        if (to != null) {
            conditions.add("c.onsetOn <= :to");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Object[]> query = getEntityManager()
                .createQuery(
                        "select c.term, c.grade, c.doseBand, sum(c.reports) from SideEffectDayCount c" + where
                                + " group by c.term, c.grade, c.doseBand",
                        Object[].class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList().stream()
                .map(row -> new SideEffectCount(
                        (SideEffectTerm) row[0], (Integer) row[1], (DoseBand) row[2], ((Number) row[3]).longValue()))
                .toList();
    }
}
