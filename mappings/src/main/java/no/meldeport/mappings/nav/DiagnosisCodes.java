package no.meldeport.mappings.nav;

import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;

/**
 * Converts a diagnosis {@link Coding} to the KITH {@code CV} that NAV reads: the bare OID of ICPC-2 or ICD-10 in
 * {@code S}, whichever URI spelling the submission used, and ICD-10 codes without the dot as the Norwegian ICD-10 code
 * list writes them.
 */
final class DiagnosisCodes {

    private DiagnosisCodes() {
    }

    /**
     * Returns the diagnosis as a KITH code.
     *
     * @throws SykmeldingMappingException when the code system is neither ICPC-2 nor ICD-10, the only diagnosis code
     *     systems a sykmelding accepts
     */
    static KithCode toKith(Coding diagnosis, String field) {
        if (CodeSystems.isIcpc2(diagnosis.system())) {
            return new KithCode(diagnosis.code(), KithCodes.ICPC2, diagnosis.display());
        }
        if (CodeSystems.isIcd10(diagnosis.system())) {
            return new KithCode(diagnosis.code().replace(".", ""), KithCodes.ICD10, diagnosis.display());
        }
        throw new SykmeldingMappingException("Cannot map the sykmelding to NAV's format: " + field
                + " has the code system '" + diagnosis.system() + "', but NAV accepts only ICPC-2 ("
                + CodeSystems.ICPC2 + " or " + CodeSystems.ICPC2_FHIR + ") and ICD-10 (" + CodeSystems.ICD10
                + " or " + CodeSystems.ICD10_FHIR + ").");
    }
}
