package no.meldeport.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.meldeport.gateway.reporttype.DateOrder;
import no.meldeport.gateway.reporttype.FieldRule;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.reporttype.ReportTypeDefinition;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportType;
import org.junit.jupiter.api.Test;

class ReportTypeCatalogTest {

    private final ReportTypeCatalog catalog = ReportTypeCatalog.standard();

    @Test
    void everyReportTypeHasOneDefinition() {
        assertThat(catalog.all()).extracting(ReportTypeDefinition::type)
                .containsExactlyInAnyOrder(ReportType.values());
    }

    @Test
    void everyRegistryReportTypeNamesItsRegistry() {
        for (ReportTypeDefinition definition : catalog.all()) {
            assertThat(definition.registryIfAny()).as(definition.code()).isEqualTo(definition.type().registry());
        }
        Set<Registry> registries = EnumSet.noneOf(Registry.class);
        catalog.all().forEach(definition -> definition.registryIfAny().ifPresent(registries::add));
        assertThat(registries).containsExactlyInAnyOrder(Registry.values());
    }

    @Test
    void everyFieldPathNamesModelField() {
        for (ReportTypeDefinition definition : catalog.all()) {
            for (FieldRule rule : definition.fields()) {
                Class<?> root = rule.isContextField() ? ClinicalContext.class : definition.contentType();
                assertThat(ModelPaths.resolves(root, rule.modelPath())).as(definition.code() + " " + rule.path())
                        .isTrue();
            }
            for (DateOrder order : definition.dateOrders()) {
                assertThat(ModelPaths.resolves(definition.contentType(), order.earlier())).isTrue();
                assertThat(ModelPaths.resolves(definition.contentType(), order.later())).isTrue();
            }
        }
    }

    @Test
    void everyTypeHasOneRulePerField() {
        for (ReportTypeDefinition definition : catalog.all()) {
            List<String> paths = definition.fields().stream().map(FieldRule::path).toList();

            assertThat(paths).as(definition.code()).doesNotHaveDuplicates();
        }
    }

    @Test
    void patientIdentifierIsRequiredEverywhere() {
        for (ReportTypeDefinition definition : catalog.all()) {
            assertThat(definition.field("context.patient.identifier")).as(definition.code()).isPresent();
        }
    }

    @Test
    void scopesAndLegalBasisAreNamed() {
        for (ReportTypeDefinition definition : catalog.all()) {
            assertThat(definition.scopes()).as(definition.code()).isNotEmpty();
            if (definition.registry() != null) {
                assertThat(definition.legalBasis()).as(definition.code()).isNotBlank();
            }
        }
    }
}
