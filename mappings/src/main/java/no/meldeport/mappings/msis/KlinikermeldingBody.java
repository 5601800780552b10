package no.meldeport.mappings.msis;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON body of a klinikermelding in Meldeport's MSIS contract. Field names are Norwegian, like the fields of FHI's
 * notification form, and null fields are left out of the JSON.
 */
record KlinikermeldingBody(
        String meldingsId,
        Sykdom sykdom,
        LocalDate diagnosedato,
        LocalDate symptomdebut,
        Pasient pasient,
        Smitte smitte,
        String provetakingsarsak,
        String vaksinasjonsstatus,
        Boolean innlagtSykehus,
        String merknad,
        Melder melder,
        Innsender innsender,
        Instant mottattTidspunkt) {

    /** The diagnosis code, its code system (ICD-10 or ICPC-2), and the MSIS disease name and group. */
    record Sykdom(String kode, String kodeverk, String navn, String gruppe) {
    }

    record Pasient(
            Identifikator identifikator,
            String fornavn,
            String etternavn,
            LocalDate fodselsdato,
            String kjonn,
            String bostedskommune) {
    }

    /** A person identifier: {@code type} is FNR, DNR, HNR, FHN or DUF. */
    record Identifikator(String type, String verdi) {
    }

    /** The presumed place and route of infection. */
    record Smitte(String kommune, String land, String eksponeringsmiljo, String smittemate,
            Boolean bekreftetNaerkontakt) {
    }

    /** The notifying physician and the point of care. */
    record Melder(String hprNummer, String navn, String organisasjonsnummer, String virksomhet) {
    }

    /** The EPJ client that submitted, from the access token. */
    record Innsender(String klientId, String organisasjonsnummer) {
    }
}
