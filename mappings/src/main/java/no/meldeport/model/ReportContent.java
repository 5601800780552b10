package no.meldeport.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One registry part of a submission. The outbox stores it as JSON, so each kind carries a stable type name.
 * {@code sourceId} is the id of the FHIR resource (or REST document) the part came from, used in error expressions
 * and receipts.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Vaccination.class, name = "vaccination"),
    @JsonSubTypes.Type(value = Klinikermelding.class, name = "klinikermelding"),
    @JsonSubTypes.Type(value = DiabetesAnnualControl.class, name = "diabetes-annual-control"),
    @JsonSubTypes.Type(value = Sykmelding.class, name = "sykmelding")
})
public sealed interface ReportContent permits Vaccination, Klinikermelding, DiabetesAnnualControl, Sykmelding {

    String sourceId();

    /** The registry this part is delivered to. */
    Registry registry();
}
