package no.meldeport.mappings.sysvak;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.meldeport.model.RegistryResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * Reads SYSVAK's response: a 2xx carries the stored Immunization whose {@code id} is the receipt id, a 4xx an
 * OperationOutcome whose first issue carries the SYSVAK error code in {@code details.coding[0].code}.
 * The texts of an Unreadable never quote the body, which could hold personal data.
 */
final class SysvakResponseReader {

    RegistryResponse read(int httpStatus, String body) {
        if (httpStatus >= 200 && httpStatus < 300) {
            return readSuccess(httpStatus, body);
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return readError(httpStatus, body);
        }
        return new RegistryResponse.Unreadable("SYSVAK responded with HTTP " + httpStatus
                + ", which the contract does not use");
    }

    private static RegistryResponse readSuccess(int httpStatus, String body) {
        Optional<IBaseResource> resource = parse(body);
        if (resource.isEmpty() || !(resource.get() instanceof Immunization immunization)) {
            return new RegistryResponse.Unreadable("SYSVAK responded with HTTP " + httpStatus
                    + " without an Immunization in the body");
        }
        String receiptId = immunization.getIdElement().getIdPart();
        if (receiptId == null || receiptId.isBlank()) {
            return new RegistryResponse.Unreadable("SYSVAK responded with HTTP " + httpStatus
                    + " with an Immunization that has no id");
        }
        return new RegistryResponse.Accepted(receiptId);
    }

    private static RegistryResponse readError(int httpStatus, String body) {
        Optional<IBaseResource> resource = parse(body);
        if (resource.isEmpty() || !(resource.get() instanceof OperationOutcome outcome) || !outcome.hasIssue()) {
            return new RegistryResponse.Unreadable("SYSVAK responded with HTTP " + httpStatus
                    + " without an OperationOutcome issue in the body");
        }
        List<OperationOutcomeIssueComponent> issues = outcome.getIssue();
        String errorCode = errorCode(issues.get(0));
        if (errorCode == null) {
            return new RegistryResponse.Unreadable("SYSVAK responded with HTTP " + httpStatus
                    + " with an OperationOutcome issue that has no code");
        }
        String reason = issues.stream()
                .map(SysvakResponseReader::issueText)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        if (reason.isEmpty()) {
            reason = "SYSVAK gave no diagnostics";
        }
        return new RegistryResponse.Rejected(errorCode, reason);
    }

    /** Returns the SYSVAK error code (like SV-E012) when present, else the FHIR issue type (like required). */
    private static String errorCode(OperationOutcomeIssueComponent issue) {
        if (issue.hasDetails() && issue.getDetails().hasCoding() && issue.getDetails().getCodingFirstRep().hasCode()) {
            return issue.getDetails().getCodingFirstRep().getCode();
        }
        return issue.hasCode() ? issue.getCode().toCode() : null;
    }

    private static String issueText(OperationOutcomeIssueComponent issue) {
        if (issue.hasDiagnostics()) {
            return issue.getDiagnostics();
        }
        if (issue.hasDetails() && issue.getDetails().hasText()) {
            return issue.getDetails().getText();
        }
        return null;
    }

    private static Optional<IBaseResource> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SysvakMapper.FHIR.newJsonParser().parseResource(body));
        } catch (DataFormatException e) {
            return Optional.empty();
        }
    }
}
