package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.CONTRACEPTION_SINCE;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraception;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.ContraceptionConfirmed;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R5, which methods suffice: any one under jp-clinic; under us-ipledge two together, or abstinence
 * or sterilisation alone; under eu-ppp one highly effective (IUD, implant, sterilisation) or two
 * together. Re-confirmation: within 90 days before the start under jp-clinic, 30 under us and eu.
 */
class ContraceptionSufficiencySpec {

    @ParameterizedTest(name = "{0} under {1}: accepted={2}")
    @CsvSource({
        "ORAL_CONTRACEPTIVE, JP_CLINIC, true",
        "ORAL_CONTRACEPTIVE, US_IPLEDGE, false",
        "ORAL_CONTRACEPTIVE, EU_PPP, false",
        "IUD, JP_CLINIC, true",
        "IUD, US_IPLEDGE, false",
        "IUD, EU_PPP, true",
        "IMPLANT, US_IPLEDGE, false",
        "IMPLANT, EU_PPP, true",
        "ABSTINENCE, JP_CLINIC, true",
        "ABSTINENCE, US_IPLEDGE, true",
        "ABSTINENCE, EU_PPP, false",
        "STERILIZATION, US_IPLEDGE, true",
        "STERILIZATION, EU_PPP, true",
        "ORAL_CONTRACEPTIVE CONDOM, US_IPLEDGE, true",
        "ORAL_CONTRACEPTIVE CONDOM, EU_PPP, true",
        "CONDOM DIAPHRAGM, EU_PPP, true",
    })
    void issuePrescription_decidesR5_byTheMethodsThePolicyCountsAsSufficient(
            String methods, Profile profile, boolean accepted) {
        ContraceptionMethod[] inUse = Arrays.stream(methods.split(" "))
                .map(ContraceptionMethod::valueOf)
                .toArray(ContraceptionMethod[]::new);
        var outcome = given(eligible().withoutContraception().and(contraception(CONTRACEPTION_SINCE, inUse)))
                .under(profile)
                .when(rx().command());
        if (accepted) {
            outcome.thenAccepted();
        } else {
            outcome.thenRejected(Rejection.RULE_VIOLATION, "R5");
        }
    }

    @ParameterizedTest(name = "confirmed {1} days before the start under {0}: accepted={2}")
    @CsvSource({
        "JP_CLINIC, 90, true",
        "JP_CLINIC, 91, false",
        "US_IPLEDGE, 30, true",
        "US_IPLEDGE, 31, false",
        "EU_PPP, 30, true",
        "EU_PPP, 31, false",
    })
    void issuePrescription_decidesR5_byTheDaysSinceTheLastConfirmation(
            Profile profile, int daysBefore, boolean accepted) {
        var confirmed = new ContraceptionConfirmed(
                PATIENT,
                Set.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM),
                ISSUED_ON.minusDays(200),
                ISSUED_ON.minusDays(daysBefore));
        var outcome = given(eligible().withoutContraception().and(confirmed))
                .under(profile)
                .when(rx().command());
        if (accepted) {
            outcome.thenAccepted();
        } else {
            outcome.thenRejected(Rejection.RULE_VIOLATION, "R5");
        }
    }

    @ParameterizedTest(name = "only condoms re-confirmed under {0}: accepted={1}")
    @CsvSource({"JP_CLINIC, true", "US_IPLEDGE, false", "EU_PPP, false"})
    void issuePrescription_countsOnlyTheMethodsReConfirmed_forR5(Profile profile, boolean accepted) {
        var longAgo = new ContraceptionConfirmed(
                PATIENT,
                Set.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM),
                ISSUED_ON.minusDays(200),
                ISSUED_ON.minusDays(200));
        var condomsAgain = new ContraceptionConfirmed(
                PATIENT, Set.of(ContraceptionMethod.CONDOM), ISSUED_ON.minusDays(200), ISSUED_ON.minusDays(3));
        var outcome = given(eligible().withoutContraception().and(longAgo, condomsAgain))
                .under(profile)
                .when(rx().command());
        if (accepted) {
            outcome.thenAccepted();
        } else {
            outcome.thenRejected(Rejection.RULE_VIOLATION, "R5");
        }
    }
}
