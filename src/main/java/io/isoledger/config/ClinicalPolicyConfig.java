package io.isoledger.config;

import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code isoledger.policy.*}, a group of {@link IsoLedgerConfig}: the active profile of the rule
 * catalogue (README) and an override for each of its values, named as the domain's {@code Policy}
 * names them; an override left out keeps the profile's value. The infrastructure applies them to the
 * profile ({@code io.isoledger.eventlog.PolicyConfig}), which also refuses an unknown profile or
 * choice by this setting's name. The choices are the domain's enum constants, written either way
 * ({@code every-prescription} or {@code EVERY_PRESCRIPTION}).
 */
public interface ClinicalPolicyConfig {

    /** {@code jp-clinic}, {@code us-ipledge} or {@code eu-ppp}. */
    @NotBlank
    @WithDefault("jp-clinic")
    String profile();

    Optional<@Positive Integer> maxDaysSupply();

    /** {@code every-prescription} or {@code first-prescription}. */
    Optional<String> bloodTestRequiredBefore();

    Optional<@PositiveOrZero Integer> bloodTestMaxAgeDays();

    Optional<@PositiveOrZero Integer> pregnancyTestMaxAgeDays();

    Optional<@PositiveOrZero Integer> contraceptionLeadDays();

    Optional<@PositiveOrZero Integer> contraceptionAfterEndDays();

    /** {@code every-patient} or {@code patients-who-can-become-pregnant}. */
    Optional<String> contraceptionRequiredOf();

    Optional<@PositiveOrZero Integer> bloodDonationAfterEndDays();

    Optional<@PositiveOrZero Integer> cosmeticProceduresAfterEndDays();

    Optional<@Positive BigDecimal> maxDailyDoseMgPerKg();

    Optional<@PositiveOrZero Integer> startWindowDays();

    Optional<@PositiveOrZero Integer> contraceptionReconfirmDays();

    /** A constant of the domain's {@code ContraceptionSufficiency}, e.g. {@code any-one}. */
    Optional<String> contraceptionMethodsSuffice();

    Optional<@PositiveOrZero Integer> courseLapseDays();

    Optional<@Positive BigDecimal> defaultUpperLimitOfNormal();

    Optional<@PositiveOrZero Integer> dispensingWindowDays();

    /** {@code issue} or {@code pregnancy-test}. */
    Optional<String> dispensingWindowFrom();

    Optional<@PositiveOrZero Integer> dispensingWindowDaysWithoutPregnancyTest();

    Optional<@PositiveOrZero Integer> followUpPregnancyTestDaysAfterEnd();
}
