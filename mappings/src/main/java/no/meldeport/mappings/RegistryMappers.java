package no.meldeport.mappings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import no.meldeport.mappings.msis.KlinikermeldingMapper;
import no.meldeport.mappings.nav.SykmeldingMapper;
import no.meldeport.mappings.noklus.AnnualControlMapper;
import no.meldeport.mappings.sysvak.SysvakMapper;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;

/** The mapper of each registry. Mappers are stateless, so one instance per registry serves every thread. */
public final class RegistryMappers {

    private static final Map<Registry, RegistryMapper> MAPPERS = createMappers();

    private RegistryMappers() {
    }

    /** Returns the mapper that builds and reads messages for a registry. */
    public static RegistryMapper forRegistry(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        return MAPPERS.get(registry);
    }

    private static Map<Registry, RegistryMapper> createMappers() {
        Map<Registry, RegistryMapper> mappers = new EnumMap<>(Registry.class);
        for (RegistryMapper mapper : new RegistryMapper[] {
                new SysvakMapper(), new KlinikermeldingMapper(), new AnnualControlMapper(), new SykmeldingMapper()}) {
            mappers.put(mapper.registry(), mapper);
        }
        // A new Registry constant without a mapper must fail at class load, not at its first delivery.
        for (Registry registry : Registry.values()) {
            if (!mappers.containsKey(registry)) {
                throw new IllegalStateException("Missing mapper for registry " + registry.id()
                        + "; add one to RegistryMappers");
            }
        }
        return mappers;
    }
}
