package io.isoledger.domain;

import java.util.Set;

/** Which methods of contraception in force together suffice (R5): a policy value. */
public enum ContraceptionSufficiency {
    ANY_ONE("any one method"),
    TWO_TOGETHER_OR_ABSTINENCE_OR_STERILIZATION_ALONE("two methods together, or abstinence or sterilisation alone"),
    ONE_HIGHLY_EFFECTIVE_OR_TWO_TOGETHER(
            "one highly effective method (IUD, implant, sterilisation) or two methods together");

    private final String description;

    ContraceptionSufficiency(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean suffices(Set<ContraceptionMethod> methods) {
        boolean two = methods.size() >= 2;
        return switch (this) {
            case ANY_ONE -> !methods.isEmpty();
            case TWO_TOGETHER_OR_ABSTINENCE_OR_STERILIZATION_ALONE ->
                two
                        || methods.contains(ContraceptionMethod.ABSTINENCE)
                        || methods.contains(ContraceptionMethod.STERILIZATION);
            case ONE_HIGHLY_EFFECTIVE_OR_TWO_TOGETHER ->
                two || methods.stream().anyMatch(ContraceptionMethod::highlyEffective);
        };
    }
}
