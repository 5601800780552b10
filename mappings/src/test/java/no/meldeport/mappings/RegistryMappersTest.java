package no.meldeport.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.meldeport.mappings.msis.KlinikermeldingMapper;
import no.meldeport.mappings.noklus.AnnualControlMapper;
import no.meldeport.mappings.sysvak.SysvakMapper;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistryMappersTest {

    @ParameterizedTest
    @EnumSource(Registry.class)
    void everyRegistryHasItsMapper(Registry registry) {
        RegistryMapper mapper = RegistryMappers.forRegistry(registry);

        assertThat(mapper.registry()).isEqualTo(registry);
        assertThat(RegistryMappers.forRegistry(registry)).isSameAs(mapper);
    }

    @Test
    void registriesGetTheirMapperClasses() {
        assertThat(RegistryMappers.forRegistry(Registry.SYSVAK)).isInstanceOf(SysvakMapper.class);
        assertThat(RegistryMappers.forRegistry(Registry.MSIS)).isInstanceOf(KlinikermeldingMapper.class);
        assertThat(RegistryMappers.forRegistry(Registry.NOKLUS)).isInstanceOf(AnnualControlMapper.class);
    }

    @Test
    void nullRegistryIsRejected() {
        assertThatThrownBy(() -> RegistryMappers.forRegistry(null)).isInstanceOf(NullPointerException.class);
    }
}
