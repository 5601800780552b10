package no.meldeport.mappings;

import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Sex;

/**
 * The short code words that the Meldeport-defined JSON formats for MSIS and NOKLUS use in place of code-system URIs
 * and enum names.
 */
public final class RegistryCodes {

    public static final String ICD10 = "ICD-10";
    public static final String ICPC2 = "ICPC-2";

    private RegistryCodes() {
    }

    /** Returns FNR, DNR, HNR, FHN or DUF for a person identifier type. */
    public static String personIdentifierType(PersonIdentifierType type) {
        return switch (type) {
            case FODSELSNUMMER -> "FNR";
            case D_NUMBER -> "DNR";
            case H_NUMBER -> "HNR";
            case FELLES_HJELPENUMMER -> "FHN";
            case DUF_NUMBER -> "DUF";
        };
    }

    /** Returns MANN, KVINNE, ANNET or UKJENT for a sex, or null when the sex is not recorded. */
    public static String sex(Sex sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex) {
            case MALE -> "MANN";
            case FEMALE -> "KVINNE";
            case OTHER -> "ANNET";
            case UNKNOWN -> "UKJENT";
        };
    }

    /**
     * Returns ICD-10 or ICPC-2 for a diagnosis coding.
     *
     * @throws MappingException when the coding is from another code system
     */
    public static String diagnosisCodeSystem(Coding diagnosis, String field) {
        if (CodeSystems.isIcd10(diagnosis.system())) {
            return ICD10;
        }
        if (CodeSystems.isIcpc2(diagnosis.system())) {
            return ICPC2;
        }
        throw new MappingException(field + " has code system '" + diagnosis.system()
                + "'; expected ICD-10 (" + CodeSystems.ICD10 + ") or ICPC-2 (" + CodeSystems.ICPC2 + ")");
    }
}
