package no.meldeport.mappings.noklus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON body of a diabetes annual control in Meldeport's NOKLUS contract. Field names are Norwegian, like the Noklus
 * diabetesskjema. Null fields are left out of the JSON, and the mapper passes empty lists as null.
 */
record AnnualControlBody(
        String skjemaId,
        String skjemaversjon,
        LocalDate kontrolldato,
        Pasient pasient,
        Diabetes diabetes,
        List<Maling> malinger,
        Fotundersokelse fotundersokelse,
        Oyeundersokelse oyeundersokelse,
        String royking,
        List<Legemiddel> legemidler,
        List<Komplikasjon> komplikasjoner,
        Lege lege,
        Virksomhet virksomhet) {

    /** The patient: {@code identifikatorType} is FNR, DNR, HNR, FHN or DUF. */
    record Pasient(String identifikatorType, String identifikator, LocalDate fodselsdato, String kjonn) {
    }

    /** The diabetes diagnosis code, its code system (ICD-10 or ICPC-2) and the year of diagnosis. */
    record Diabetes(String diagnosekode, String kodeverk, Integer diagnoseaar) {
    }

    /**
     * A measured value: {@code kodeverk} is NLK or LOINC, {@code enhet} a UCUM unit. Without {@code dato} the value
     * is from the control date.
     */
    record Maling(String kode, String kodeverk, BigDecimal verdi, String enhet, LocalDate dato) {
    }

    /** The foot examination: whether it was done, and whether monofilament sensation was reduced. */
    record Fotundersokelse(Boolean utfort, Boolean nedsattSensibilitet) {
    }

    /** The eye examination: whether it was done, and whether it found retinopathy. */
    record Oyeundersokelse(Boolean utfort, Boolean retinopati) {
    }

    /** A medication by ATC code, with its name when the EPJ sent one. */
    record Legemiddel(String atc, String navn) {
    }

    /** A diabetes complication, coded in ICD-10 or ICPC-2. */
    record Komplikasjon(String kode, String kodeverk) {
    }

    /** The physician responsible for the control. */
    record Lege(String hprNummer) {
    }

    /** The point of care. */
    record Virksomhet(String organisasjonsnummer, String navn) {
    }
}
