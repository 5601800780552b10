package no.meldeport.mappings.nav;

import java.util.Objects;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.RegistryResponse;
import no.meldeport.model.Sykmelding;

/**
 * Maps a sykmelding to NAV's public format: a KITH MsgHead 1.2 message of type {@code SYKMELD} carrying
 * {@code HelseOpplysningerArbeidsuforhet} (2013-10-01), posted to {@value #PATH}, and reads NAV's KITH AppRec 1.0
 * response. The delivery id is the {@code MsgId}, the time Meldeport accepted the submission is the {@code GenDate},
 * the clinician of record is the physician and the point of care is the sender. The output is UTF-8 XML and the same
 * envelope always gives the same text.
 */
public final class SykmeldingMapper implements RegistryMapper {

    public static final String PATH = "/sykmelding";
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";

    /**
     * The version written to {@code AvsenderSystem/SystemVersjon} when the jar's manifest names none. NOTE: the
     * Maven build of this module writes no {@code Implementation-Version}, so NAV receives this value today.
     */
    public static final String UNKNOWN_VERSION = "unknown";

    private final MsgHeadWriter writer;

    /** Creates a mapper that reports this jar's {@code Implementation-Version} as the sending system's version. */
    public SykmeldingMapper() {
        this(implementationVersion());
    }

    /** Creates a mapper that reports {@code systemVersion} in {@code AvsenderSystem/SystemVersjon}. */
    public SykmeldingMapper(String systemVersion) {
        Objects.requireNonNull(systemVersion, "systemVersion");
        this.writer = new MsgHeadWriter(new HelseOpplysningerWriter(systemVersion));
    }

    @Override
    public Registry registry() {
        return Registry.NAV;
    }

    /**
     * Builds the sykmelding message.
     *
     * @throws IllegalArgumentException when the content is not a {@link Sykmelding}
     * @throws SykmeldingMappingException when a value NAV requires is missing or a diagnosis is neither ICPC-2 nor
     *     ICD-10
     */
    @Override
    public RegistryMessage map(DeliveryEnvelope envelope) {
        if (!(envelope.content() instanceof Sykmelding sykmelding)) {
            throw new IllegalArgumentException("The NAV mapper maps sykmelding content only, but delivery "
                    + envelope.deliveryId() + " holds " + envelope.content().getClass().getSimpleName()
                    + " for " + envelope.content().registry().displayName());
        }
        return new RegistryMessage(PATH, CONTENT_TYPE, writer.write(envelope, sykmelding));
    }

    @Override
    public RegistryResponse readResponse(int httpStatus, String contentType, String body) {
        return AppRecReader.read(httpStatus, body);
    }

    private static String implementationVersion() {
        String version = SykmeldingMapper.class.getPackage().getImplementationVersion();
        return version == null ? UNKNOWN_VERSION : version;
    }
}
