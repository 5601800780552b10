package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Set;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportType;
import no.meldeport.model.Reporter;
import org.junit.jupiter.api.Test;

class ScopeCheckerTest {

    ScopeChecker checker = new ScopeChecker(SecurityConfig.builder()
            .issuer("https://helseid-sts.test.nhn.no")
            .audience("nhn:meldeport")
            .build());

    private static AuthenticatedClient client(AuthScheme scheme, String... scopes) {
        String thumbprint = scheme == AuthScheme.DPOP ? "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I" : null;
        return new AuthenticatedClient("epj-client", Set.of(scopes),
                new Reporter("epj-client", null, "974589095", null, null, null), null,
                Instant.parse("2025-03-03T10:00:00Z"), thumbprint);
    }

    @Test
    void registryReportNeedsItsRegistryScope() {
        assertThat(Scopes.requiredScopes(ReportType.VACCINATION, Set.of(Registry.SYSVAK)))
                .containsExactly(Scopes.SYSVAK);
        assertThat(Scopes.requiredScopes(ReportType.KLINIKERMELDING, Set.of())).containsExactly(Scopes.MSIS);
        assertThat(Scopes.requiredScopes(ReportType.DIABETES_ANNUAL_CONTROL, Set.of())).containsExactly(Scopes.NOKLUS);
        assertThat(Scopes.requiredScopes(ReportType.SYKMELDING, Set.of(Registry.NAV))).containsExactly(Scopes.NAV);
    }

    @Test
    void encounterReportNeedsEveryPlannedScope() {
        Set<String> required = Scopes.requiredScopes(ReportType.ENCOUNTER_REPORT,
                Set.of(Registry.SYSVAK, Registry.MSIS, Registry.NAV));

        assertThat(required).containsExactly(Scopes.MSIS, Scopes.NAV, Scopes.SYSVAK);
    }

    @Test
    void everyRegistryHasScope() {
        for (Registry registry : Registry.values()) {
            assertThat(Scopes.forRegistry(registry)).isEqualTo("meldeport:" + registry.id());
        }
    }

    @Test
    void sufficientScopesPass() {
        AuthenticatedClient client = client(AuthScheme.BEARER, Scopes.SYSVAK, Scopes.MSIS);

        checker.check(client, Set.of(Scopes.SYSVAK, Scopes.MSIS));
    }

    @Test
    void missingScopeRejected() {
        AuthenticatedClient client = client(AuthScheme.BEARER, Scopes.SYSVAK);

        InsufficientScopeException e = catchThrowableOfType(InsufficientScopeException.class,
                () -> checker.check(client, Set.of(Scopes.NAV)));

        assertThat(e).isNotNull();
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.error()).isEqualTo("insufficient_scope");
        assertThat(e.missingScopes()).containsExactly(Scopes.NAV);
        assertThat(e.wwwAuthenticateHeader()).isEqualTo("Bearer realm=\"meldeport\", error=\"insufficient_scope\","
                + " error_description=\"Token lacks scope meldeport:nav\", scope=\"meldeport:nav\"");
    }

    @Test
    void encounterReportWithOneScopeMissingRejectedWhole() {
        AuthenticatedClient client = client(AuthScheme.DPOP, Scopes.SYSVAK, Scopes.NOKLUS);
        Set<String> required = Scopes.requiredScopes(ReportType.ENCOUNTER_REPORT,
                Set.of(Registry.SYSVAK, Registry.MSIS, Registry.NOKLUS));

        InsufficientScopeException e = catchThrowableOfType(InsufficientScopeException.class,
                () -> checker.check(client, required));

        assertThat(e).isNotNull();
        assertThat(e.missingScopes()).containsExactly(Scopes.MSIS);
        assertThat(e.description()).isEqualTo("Token lacks scope meldeport:msis");
        assertThat(e.clientId()).isEqualTo("epj-client");
        assertThat(e.responseHeaders().get("WWW-Authenticate")).isEqualTo("DPoP realm=\"meldeport\","
                + " algs=\"ES256 PS256 RS256\", error=\"insufficient_scope\","
                + " error_description=\"Token lacks scope meldeport:msis\","
                + " scope=\"meldeport:msis meldeport:noklus meldeport:sysvak\"");
    }

    @Test
    void operatorScopeDoesNotGrantReports() {
        AuthenticatedClient operator = client(AuthScheme.BEARER, Scopes.OPS);

        InsufficientScopeException e = catchThrowableOfType(InsufficientScopeException.class,
                () -> checker.check(operator, Scopes.requiredScopes(ReportType.VACCINATION, Set.of())));

        assertThat(e).isNotNull();
        assertThat(e.missingScopes()).containsExactly(Scopes.SYSVAK);
    }
}
