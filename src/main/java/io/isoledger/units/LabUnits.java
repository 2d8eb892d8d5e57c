package io.isoledger.units;

import io.isoledger.domain.Analyte;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lab results in the units an analyte accepts, converted with UCUM into the unit its rules are
 * written in. The domain names the units; this is where they are understood.
 */
public final class LabUnits {

    /** A result and its upper limit of normal in the analyte's standard unit; the limit may be null. */
    public record Converted(BigDecimal standardValue, BigDecimal standardUpperLimitOfNormal) {}

    // Finer than any threshold the rules compare against, and coarse enough to drop the residue of
    // ucum-java's decimal division (0.67 ukat/L comes back as 40.1999999999999999999999 U/L).
    private static final int SCALE = 4;
    private static final String MOLES_PER_LITRE = "mol/L";
    private static final String GRAMS_PER_LITRE = "g/L";

    private LabUnits() {}

    /**
     * The accepted unit that the unit as sent denotes, or empty if it denotes none. Print forms are
     * read too ({@code µkat/L} is {@code ukat/L}, {@code mIU/mL} is {@code m[IU]/mL}), and so is a
     * spelling that differs only in case where UCUM gives it the same meaning ({@code mg/dl}).
     */
    public static Optional<String> recognise(Analyte analyte, String unitAsSent) {
        Optional<String> code = UcumCodes.fromPrintForm(unitAsSent);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        // Another spelling of an accepted unit, not any unit UCUM finds equal: the accepted list is a
        // clinical agreement, so mg/mL (exactly g/L) is still refused for a person to look at. This
        // also keeps out ucum-java's one-to-one conversion of arbitrary units such as [IU] with plain
        // counts (/L). The conversion check stays because case can change meaning (Mg is megagram).
        return analyte.acceptedUnits().stream()
                .filter(accepted -> accepted.equalsIgnoreCase(code.get()))
                .filter(accepted -> accepted.equals(code.get()) || isOneToOne(code.get(), accepted))
                .findFirst();
    }

    private static boolean isOneToOne(String code, String accepted) {
        return Ucum.convert(BigDecimal.ONE, code, accepted)
                .filter(factor -> factor.compareTo(BigDecimal.ONE) == 0)
                .isPresent();
    }

    /** The accepted units for a person: {@code mIU/mL (m[IU]/mL), IU/L ([IU]/L)}. */
    public static String describeAccepted(Analyte analyte) {
        return analyte.acceptedUnits().stream().map(LabUnits::describe).collect(Collectors.joining(", "));
    }

    private static String describe(String code) {
        String print = UcumCodes.toPrintForm(code);
        return print.equals(code) ? code : print + " (" + code + ")";
    }

    /**
     * The value in the analyte's standard unit, to four decimal places at most. A unit of
     * amount of substance becomes a mass concentration through the analyte's molar mass.
     *
     * @throws IllegalArgumentException if the unit is not one the analyte accepts
     */
    public static BigDecimal toStandard(Analyte analyte, BigDecimal value, String acceptedUnit) {
        Objects.requireNonNull(value, "value");
        if (!analyte.acceptedUnits().contains(acceptedUnit)) {
            throw new IllegalArgumentException(acceptedUnit + " is not a unit " + analyte + " accepts");
        }
        BigDecimal standard = inStandardUnit(analyte, value, acceptedUnit);
        BigDecimal rounded = standard.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        // 900, not 9E+2: the value goes into events and responses, which clients read as written.
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static BigDecimal inStandardUnit(Analyte analyte, BigDecimal value, String acceptedUnit) {
        String standard = analyte.standardUnit();
        Optional<BigDecimal> sameKind = Ucum.convert(value, acceptedUnit, standard);
        if (sameKind.isPresent()) {
            return sameKind.get();
        }
        BigDecimal molarMass = analyte.molarMassGramsPerMole();
        Optional<BigDecimal> viaMolarMass = molarMass == null
                ? Optional.empty()
                : Ucum.convert(value, acceptedUnit, MOLES_PER_LITRE)
                        .map(molesPerLitre -> molesPerLitre.multiply(molarMass))
                        .flatMap(gramsPerLitre -> Ucum.convert(gramsPerLitre, GRAMS_PER_LITRE, standard));
        // Reached only if the catalogue in Analyte pairs units that cannot be converted.
        return viaMolarMass.orElseThrow(() ->
                new IllegalStateException("cannot convert " + acceptedUnit + " to " + standard + " for " + analyte));
    }

    /**
     * The value and the upper limit of normal (null stays null) in the standard unit, both sent in
     * {@code unitAsSent}; empty if the analyte does not accept that unit.
     */
    public static Optional<Converted> convert(
            Analyte analyte, BigDecimal value, String unitAsSent, BigDecimal upperLimitOfNormalOrNull) {
        Objects.requireNonNull(value, "value");
        return recognise(analyte, unitAsSent)
                .map(unit -> new Converted(
                        toStandard(analyte, value, unit),
                        upperLimitOfNormalOrNull == null ? null : toStandard(analyte, upperLimitOfNormalOrNull, unit)));
    }
}
