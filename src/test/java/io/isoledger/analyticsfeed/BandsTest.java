package io.isoledger.analyticsfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

    private static final LocalDate BORN = LocalDate.of(2001, 4, 2);

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2016-04-01, 10-14", // the day before the 15th birthday
        "2016-04-02, 15-19", // the birthday itself
        "2021-04-01, 15-19",
        "2021-04-02, 20-24",
        "2001-04-02, 0-4",
        "2091-04-01, 85-89",
        "2091-04-02, 90+",
        "2120-01-01, 90+"
    })
    void theAge_isInFiveYearBands_atTheDayItIsTakenOn(LocalDate day, String band) {
        assertThat(Bands.ageBand(BORN, day)).isEqualTo(band);
    }

    @Test
    void aDayBeforeBirth_isInTheFirstBand_andNoDateIsNoBand() {
        assertThat(Bands.ageBand(BORN, BORN.minusDays(1))).isEqualTo("0-4");
        assertThat(Bands.ageBand(null, BORN)).isNull();
        assertThat(Bands.ageBand(BORN, null)).isNull();
    }

    @ParameterizedTest(name = "{0} mg: {1}")
    @CsvSource({"1, 1-20", "20, 1-20", "21, 21-40", "40, 21-40", "41, 41+", "80, 41+"})
    void theDailyDose_isInTheBandsOfTheSideEffectReport(int mg, String band) {
        assertThat(Bands.dailyDoseMg(mg)).isEqualTo(band);
    }

    @Test
    void noDailyDose_isNoBand() {
        assertThat(Bands.dailyDoseMg(null)).isNull();
    }

    @ParameterizedTest(name = "{0} mg/kg: {1}")
    @CsvSource({
        "0, 0-<30",
        "29.99, 0-<30",
        "30, 30-<60",
        "119.99, 90-<120",
        "120, 120-<150",
        "149.99, 120-<150",
        "150, 150+",
        "400, 150+"
    })
    void theCumulativeDose_isInBandsOf30MgPerKg_withTheCoursesAimInOne(BigDecimal mgPerKg, String band) {
        assertThat(Bands.cumulativeMgPerKg(mgPerKg)).isEqualTo(band);
    }
}
