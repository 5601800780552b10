package no.meldeport.gateway.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportType;

/**
 * The OAuth scopes of the Meldeport API. A report needs the scope of every registry it is delivered to:
 *
 * <table>
 *   <caption>Scopes</caption>
 *   <tr><th>scope</th><th>allows</th></tr>
 *   <tr><td>{@value #SYSVAK}</td><td>vaccinations to SYSVAK</td></tr>
 *   <tr><td>{@value #MSIS}</td><td>klinikermeldinger to MSIS</td></tr>
 *   <tr><td>{@value #NOKLUS}</td><td>diabetes annual controls to NOKLUS</td></tr>
 *   <tr><td>{@value #NAV}</td><td>sykmeldinger to NAV</td></tr>
 *   <tr><td>{@value #OPS}</td><td>operator functions: the ops dashboard and dead-letter replay</td></tr>
 * </table>
 *
 * <p>HelseID names API scopes {@code <audience>/<name>}. Meldeport accepts a scope both bare and prefixed with the
 * configured audience: with audience {@code nhn:meldeport}, both {@code meldeport:msis} and
 * {@code nhn:meldeport/meldeport:msis} grant {@value #MSIS}. A prefix naming another audience grants nothing.
 * {@link AccessTokenValidator} removes the prefix, so the rest of the gateway works with bare names only.
 */
public final class Scopes {

    public static final String SYSVAK = "meldeport:sysvak";
    public static final String MSIS = "meldeport:msis";
    public static final String NOKLUS = "meldeport:noklus";
    public static final String NAV = "meldeport:nav";
    public static final String OPS = "meldeport:ops";

    /** Every scope name Meldeport defines, sorted. */
    public static final Set<String> ALL =
            Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(SYSVAK, MSIS, NOKLUS, NAV, OPS)));

    private static final Map<Registry, String> BY_REGISTRY = new EnumMap<>(Map.of(
            Registry.SYSVAK, SYSVAK,
            Registry.MSIS, MSIS,
            Registry.NOKLUS, NOKLUS,
            Registry.NAV, NAV));

    private Scopes() {
    }

    /** The scope that allows reports to {@code registry}. */
    public static String forRegistry(Registry registry) {
        return BY_REGISTRY.get(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Returns the scopes a submission needs: the scope of the report type's own registry, if it has one, and the scope
     * of every registry the fan-out plans to deliver to. An encounter report with no planned registry needs no scope
     * here; validation rejects it for having no content.
     */
    public static Set<String> requiredScopes(ReportType type, Set<Registry> plannedRegistries) {
        Objects.requireNonNull(type, "type");
        Set<String> required = new TreeSet<>();
        type.registry().map(Scopes::forRegistry).ifPresent(required::add);
        for (Registry registry : plannedRegistries) {
            required.add(forRegistry(registry));
        }
        return Collections.unmodifiableSet(required);
    }
}
