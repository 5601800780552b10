package no.meldeport.model;

import java.util.Set;

/** The code-system URIs Meldeport reads, with the alternative spellings that FHIR profiles in Norway use. */
public final class CodeSystems {

    public static final String ICD10 = "urn:oid:2.16.578.1.12.4.1.1.7110";
    public static final String ICD10_FHIR = "http://hl7.org/fhir/sid/icd-10";
    public static final String ICPC2 = "urn:oid:2.16.578.1.12.4.1.1.7170";
    public static final String ICPC2_FHIR = "http://hl7.org/fhir/sid/icpc-2";
    public static final String ATC = "urn:oid:2.16.578.1.12.4.1.1.7180";
    public static final String ATC_WHO = "http://www.whocc.no/atc";
    public static final String NLK = "urn:oid:2.16.578.1.12.4.1.1.7280";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String HPR = "urn:oid:2.16.578.1.12.4.1.4.4";
    public static final String ORGANISATION_NUMBER = "urn:oid:2.16.578.1.12.4.1.4.101";
    public static final String HER_ID = "urn:oid:2.16.578.1.12.4.1.2";
    public static final String MUNICIPALITY = "https://register.geonorge.no/subregister/sosi-kodelister/kartverket/kommunenummer-alle";

    private static final Set<String> ICD10_SYSTEMS = Set.of(ICD10, ICD10_FHIR);
    private static final Set<String> ICPC2_SYSTEMS = Set.of(ICPC2, ICPC2_FHIR);

    private CodeSystems() {
    }

    public static boolean isIcd10(String system) {
        return ICD10_SYSTEMS.contains(system);
    }

    public static boolean isIcpc2(String system) {
        return ICPC2_SYSTEMS.contains(system);
    }
}
