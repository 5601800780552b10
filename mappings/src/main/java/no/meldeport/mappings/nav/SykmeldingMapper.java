package no.meldeport.mappings.nav;

import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.RegistryResponse;

/**
 * Placeholder for the NAV sykmelding mapping so that {@code RegistryMappers} compiles on this branch.
 * NOTE: the real mapping is written on branch helper/nav and replaces this class when the branches merge.
 */
public final class SykmeldingMapper implements RegistryMapper {

    private static final String NOT_HERE = "built on branch helper/nav";

    @Override
    public Registry registry() {
        return Registry.NAV;
    }

    @Override
    public RegistryMessage map(DeliveryEnvelope envelope) {
        throw new UnsupportedOperationException(NOT_HERE);
    }

    @Override
    public RegistryResponse readResponse(int httpStatus, String contentType, String body) {
        throw new UnsupportedOperationException(NOT_HERE);
    }
}
