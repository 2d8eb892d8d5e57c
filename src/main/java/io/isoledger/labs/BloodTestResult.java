package io.isoledger.labs;

import io.isoledger.domain.Analyte;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** Read model: one analyte of a blood test, in the order the lab sent them. */
@Entity
@Table(name = "blood_test_result")
public class BloodTestResult extends PanacheEntityBase {

    @Id
    String id;

    String bloodTestId;

    int ordinal;

    @Enumerated(EnumType.STRING)
    Analyte analyte;

    @Column(name = "result_value")
    BigDecimal value;

    String unit;

    BigDecimal upperLimitOfNormal;

    BigDecimal standardValue;

    String standardUnit;

    BigDecimal standardUpperLimitOfNormal;

    static List<BloodTestResult> ofTests(List<String> bloodTestIds) {
        return bloodTestIds.isEmpty()
                ? List.of()
                : list("bloodTestId in ?1 order by bloodTestId, ordinal", bloodTestIds);
    }
}
