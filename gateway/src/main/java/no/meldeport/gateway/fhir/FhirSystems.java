package no.meldeport.gateway.fhir;

/**
 * URIs from FHIR, HL7 Norway and other standards that submissions use, beside those in
 * {@link no.meldeport.model.CodeSystems}. Meldeport's own URIs are in {@link MeldeportFhir}.
 */
public final class FhirSystems {

    /** HL7 Norway no-basis extension on {@code HumanName}, valueString: the middle name (mellomnavn). */
    public static final String NO_BASIS_MIDDLENAME = "http://hl7.no/fhir/StructureDefinition/no-basis-middlename";
    /** HL7 Norway no-basis extension on {@code Address.district}, valueCoding: the municipality number. */
    public static final String NO_BASIS_MUNICIPALITY_CODE =
            "http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode";
    /** The Volven OID for municipality numbers that no-basis examples use beside the geonorge URI. */
    public static final String MUNICIPALITY_OID = "urn:oid:2.16.578.1.12.4.1.1.3402";

    /** Volven 9602, document types: {@code J01-2} is the sykmelding. */
    public static final String DOCUMENT_TYPE = "urn:oid:2.16.578.1.12.4.1.1.9602";
    public static final String DOCUMENT_TYPE_SYKMELDING = "J01-2";

    /** FHIR core extension on an event resource, valueReference: why the event was performed. */
    public static final String WORKFLOW_REASON_REFERENCE = "http://hl7.org/fhir/StructureDefinition/workflow-reasonReference";

    public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    public static final String CONDITION_CATEGORY_PROBLEM_LIST_ITEM = "problem-list-item";
    public static final String CONDITION_VERIFICATION_STATUS =
            "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    public static final String SNOMED_CT = "http://snomed.info/sct";
    /** ISO 3166-1 country codes, as FHIR names the code system. */
    public static final String ISO_3166 = "urn:iso:std:iso:3166";

    /** LOINC 72166-2 Tobacco smoking status, whose values are the SNOMED CT codes below. */
    public static final String LOINC_SMOKING_STATUS = "72166-2";
    public static final String SNOMED_NEVER_SMOKED = "266919005";
    public static final String SNOMED_EX_SMOKER = "8517006";
    public static final String SNOMED_DAILY_SMOKER = "449868002";
    public static final String SNOMED_OCCASIONAL_SMOKER = "428041000124106";

    private FhirSystems() {
    }
}
