package no.meldeport.gateway.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The demo clients of the development issuer, with the HelseID claims it puts in their tokens. Organisation
 * numbers pass the mod-11 check; HPR numbers are the example numbers Meldeport tests use. They describe no real
 * clinic.
 */
public final class DevClients {

    /** A GP office whose EPJ reports to every registry. */
    public static final String GP_OFFICE = "meldeport-dev-legekontor";
    /** A vaccination clinic that reports to SYSVAK only. */
    public static final String VACCINATION_CLINIC = "meldeport-dev-vaksinesenter";
    /** A multi-tenant EPJ supplier reporting on behalf of a GP office. */
    public static final String EPJ_SUPPLIER = "meldeport-dev-epj-leverandor";
    /** An operator of Meldeport itself. */
    public static final String OPERATOR = "meldeport-dev-drift";

    private static final Set<String> ALL_REGISTRY_SCOPES = Set.of(Scopes.SYSVAK, Scopes.MSIS, Scopes.NOKLUS, Scopes.NAV);

    private final Map<String, DevClient> clients;

    public DevClients(Collection<DevClient> clients) {
        Map<String, DevClient> byId = new LinkedHashMap<>();
        for (DevClient client : clients) {
            if (byId.put(client.clientId(), client) != null) {
                throw new IllegalArgumentException("Duplicate dev client id " + client.clientId());
            }
        }
        this.clients = Map.copyOf(byId);
    }

    /** The built-in demo clients. */
    public static DevClients defaults() {
        return new DevClients(List.of(
                new DevClient(GP_OFFICE, "Fjordbyen legekontor (demo)", "974589095", "983044778", null, "9144889",
                        ALL_REGISTRY_SCOPES),
                new DevClient(VACCINATION_CLINIC, "Vaksinesenteret (demo)", "960913906", null, null, "565501872",
                        Set.of(Scopes.SYSVAK)),
                new DevClient(EPJ_SUPPLIER, "Demo-EPJ AS for Fjordbyen legekontor (demo)", "974589095", "983044778",
                        "981909372", null, ALL_REGISTRY_SCOPES),
                new DevClient(OPERATOR, "Meldeport drift (demo)", "981909372", null, null, null,
                        Set.of(Scopes.OPS))));
    }

    public Optional<DevClient> find(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    public List<DevClient> all() {
        return clients.values().stream()
                .sorted(Comparator.comparing(DevClient::clientId))
                .toList();
    }

    /**
     * One demo client. Organisation numbers and the HPR number may be null.
     *
     * @param allowedScopes the scopes the development issuer grants this client
     */
    public record DevClient(
            String clientId,
            String clientName,
            String orgnrParent,
            String orgnrChild,
            String orgnrSupplier,
            String hprNumber,
            Set<String> allowedScopes) {

        public DevClient {
            Objects.requireNonNull(clientId, "clientId");
            allowedScopes = Set.copyOf(allowedScopes);
        }

        /** The HelseID claims for this client's tokens, leaving out those that are null. */
        public Map<String, Object> helseIdClaims() {
            Map<String, Object> claims = new LinkedHashMap<>();
            putIfPresent(claims, HelseIdClaims.CLIENT_NAME, clientName);
            putIfPresent(claims, HelseIdClaims.ORGNR_PARENT, orgnrParent);
            putIfPresent(claims, HelseIdClaims.ORGNR_CHILD, orgnrChild);
            putIfPresent(claims, HelseIdClaims.ORGNR_SUPPLIER, orgnrSupplier);
            putIfPresent(claims, HelseIdClaims.HPR_NUMBER, hprNumber);
            return claims;
        }

        private static void putIfPresent(Map<String, Object> claims, String name, String value) {
            if (value != null) {
                claims.put(name, value);
            }
        }
    }
}
