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

/** Analytics read model: one side-effect report with the dose band it was reported under. */
@Entity
@Table(name = "analytics_side_effect")
class SideEffectFact extends PanacheEntityBase {

    @Id
    String id;

    LocalDate onsetOn;

    @Enumerated(EnumType.STRING)
    SideEffectTerm term;

    int grade;

    @Enumerated(EnumType.STRING)
    DoseBand doseBand;

    static String id(String patientId, long sequence) {
        return patientId + "/" + sequence;
    }

    /**
     * The reports with an onset in the range (either end open when null), counted per term, grade and
     * dose band: one statement, so every total of a report comes from the same snapshot.
     */
    static List<SideEffectCount> countsByOnset(LocalDate from, LocalDate to) {
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("s.onsetOn >= :from");
        }
        if (to != null) {
            conditions.add("s.onsetOn <= :to");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Object[]> query = getEntityManager()
                .createQuery(
                        "select s.term, s.grade, s.doseBand, count(s) from SideEffectFact s" + where
                                + " group by s.term, s.grade, s.doseBand",
                        Object[].class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList().stream()
                .map(row -> new SideEffectCount(
                        (SideEffectTerm) row[0], (Integer) row[1], (DoseBand) row[2], (Long) row[3]))
                .toList();
    }
}
