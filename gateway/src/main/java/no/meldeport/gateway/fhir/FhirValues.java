package no.meldeport.gateway.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Type;

/** Conversions from HAPI FHIR R4 values to the internal model's values. */
final class FhirValues {

    /** The zone for date-only values that the model keeps as a point in time. */
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private static final int DATE_LENGTH = "yyyy-MM-dd".length();

    private FhirValues() {
    }

    /** Returns the first coding whose system matches, as a model coding with the system unchanged. */
    static Optional<Coding> coding(CodeableConcept concept, Predicate<String> system) {
        if (concept == null) {
            return Optional.empty();
        }
        return concept.getCoding().stream()
                .filter(coding -> coding.hasSystem() && coding.hasCode() && system.test(coding.getSystem()))
                .findFirst()
                .map(coding -> new Coding(coding.getSystem(), coding.getCode(), coding.getDisplay()));
    }

    /** Returns the first coding of the given system. */
    static Optional<Coding> coding(CodeableConcept concept, String system) {
        return coding(concept, system::equals);
    }

    /** Returns the first coding of any system, for value sets Meldeport does not fix (site, route, target disease). */
    static Optional<Coding> anyCoding(CodeableConcept concept) {
        return coding(concept, system -> true);
    }

    /**
     * Returns the first ICD-10 or ICPC-2 coding, in the sender's order, with the system written as the Volven OID
     * ({@link CodeSystems#ICD10} or {@link CodeSystems#ICPC2}) whichever spelling the sender used.
     */
    static Optional<Coding> diagnosis(CodeableConcept concept) {
        return coding(concept, system -> CodeSystems.isIcd10(system) || CodeSystems.isIcpc2(system))
                .map(coding -> new Coding(
                        CodeSystems.isIcd10(coding.system()) ? CodeSystems.ICD10 : CodeSystems.ICPC2,
                        coding.code(),
                        coding.display()));
    }

    /** Returns the first ATC coding, with the system written as {@link CodeSystems#ATC}. */
    static Optional<Coding> atc(CodeableConcept concept) {
        return coding(concept, system -> CodeSystems.ATC.equals(system) || CodeSystems.ATC_WHO.equals(system))
                .map(coding -> new Coding(CodeSystems.ATC, coding.code(), coding.display()));
    }

    /** Returns the position of the identifier {@link #identifier} reads, or -1 when there is none. */
    static int identifierIndex(List<Identifier> identifiers, String system) {
        for (int index = 0; index < identifiers.size(); index++) {
            Identifier identifier = identifiers.get(index);
            if (system.equals(identifier.getSystem()) && identifier.hasValue() && !identifier.getValue().isBlank()) {
                return index;
            }
        }
        return -1;
    }

    /** Returns the value of the first identifier of the given system, if it has one. */
    static Optional<String> identifier(List<Identifier> identifiers, String system) {
        return identifiers.stream()
                .filter(identifier -> system.equals(identifier.getSystem()) && identifier.hasValue())
                .map(Identifier::getValue)
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    /** Returns the calendar date as written (in the sender's own offset), or null without day precision. */
    static LocalDate localDate(BaseDateTimeType value) {
        if (value == null || !value.hasValue() || value.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            return null;
        }
        return LocalDate.parse(value.getValueAsString().substring(0, DATE_LENGTH));
    }

    /**
     * Returns the point in time with the sender's offset. A date without time is read as the start of that day in
     * Norway, and a time without offset (which FHIR forbids but HAPI reads) as Norwegian local time.
     */
    static OffsetDateTime offsetDateTime(BaseDateTimeType value) {
        LocalDate date = localDate(value);
        if (date == null) {
            return null;
        }
        String text = value.getValueAsString();
        if (text.length() == DATE_LENGTH) {
            return date.atStartOfDay(NORWAY).toOffsetDateTime();
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(NORWAY).toOffsetDateTime();
        }
    }

    static Integer year(BaseDateTimeType value) {
        return value == null || !value.hasValue() ? null : value.getYear();
    }

    /** Returns the extension's value if it has the given type, else empty. */
    static <T extends Type> Optional<T> value(Extension extension, Class<T> type) {
        if (extension == null || !extension.hasValue() || !type.isInstance(extension.getValue())) {
            return Optional.empty();
        }
        return Optional.of(type.cast(extension.getValue()));
    }

    /** Returns the FHIRPath of an extension, for example {@code …resource.extension('https://…/msis-notification')}. */
    static String extensionPath(String parent, String url) {
        return parent + ".extension('" + url + "')";
    }
}
