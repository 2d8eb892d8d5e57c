package io.isoledger.worklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Read model: one step of a patient's plan, with its window. Written only by its projection. */
@Entity
@Table(name = "plan_step")
public class PlanStep extends PanacheEntityBase {

    @Id
    String id;

    String patientId;

    int ordinal;

    String rule;

    String action;

    LocalDate windowFrom;

    LocalDate windowTo;

    /** The clinic's date the plan was made on: the day of the patient's last event. */
    LocalDate plannedOn;

    boolean done;

    /**
     * The steps still to do whose window closes or opens in {@code [from, to]}, by deadline. Two
     * range scans, one on each deadline index, so neither reads rows outside the range: the steps
     * closing in the range come first (their deadline is at most {@code to}), then those only
     * opening in it (deadline after {@code to}), each part in deadline order.
     */
    static List<PlanStep> due(LocalDate from, LocalDate to, int page, int size) {
        int enough = (page + 1) * size;
        List<PlanStep> closing = PlanStep.<PlanStep>find(
                        "done = false and windowTo between ?1 and ?2 order by windowTo, patientId, ordinal", from, to)
                .range(0, enough - 1)
                .list();
        List<PlanStep> steps = new ArrayList<>(closing);
        if (closing.size() < enough) {
            steps.addAll(PlanStep.<PlanStep>find(
                            "done = false and windowFrom between ?1 and ?2 and windowTo > ?2"
                                    + " order by windowTo, patientId, ordinal",
                            from,
                            to)
                    .range(0, enough - closing.size() - 1)
                    .list());
        }
        return steps.stream().skip((long) page * size).limit(size).toList();
    }

    /**
     * The rows of these patients, by patient, in one query. Run before any row of theirs is written
     * in the transaction, so it need not flush the session first.
     */
    static Map<String, List<PlanStep>> ofPatients(Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("from PlanStep where patientId in :patients", PlanStep.class)
                .setParameter("patients", patientIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .collect(Collectors.groupingBy(step -> step.patientId));
    }

    /** The patient's rows {@code existing} become {@code steps}: updated in place by ordinal, extra ones deleted. */
    static void replace(List<PlanStep> existing, List<PlanStep> steps) {
        Map<Integer, PlanStep> byOrdinal = existing.stream().collect(Collectors.toMap(s -> s.ordinal, s -> s));
        for (PlanStep step : steps) {
            PlanStep row = byOrdinal.remove(step.ordinal);
            if (row == null) {
                step.persist();
            } else {
                row.rule = step.rule;
                row.action = step.action;
                row.windowFrom = step.windowFrom;
                row.windowTo = step.windowTo;
                row.plannedOn = step.plannedOn;
                row.done = step.done;
            }
        }
        byOrdinal.values().forEach(PanacheEntityBase::delete);
    }
}
