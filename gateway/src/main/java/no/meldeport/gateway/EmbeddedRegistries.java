package no.meldeport.gateway;

import java.util.EnumMap;
import java.util.Map;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.model.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In embedded mode, a local simulator for each registry that has no configured URL, so the gateway runs end to end
 * with no configuration. Production mode never starts one: there every registry URL is required.
 */
final class EmbeddedRegistries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRegistries.class);

    private final Map<Registry, RegistrySimulator> simulators;

    private EmbeddedRegistries(Map<Registry, RegistrySimulator> simulators) {
        this.simulators = simulators;
    }

    static EmbeddedRegistries startMissing(GatewayConfig config) {
        Map<Registry, RegistrySimulator> started = new EnumMap<>(Registry.class);
        if (!config.embedded()) {
            return new EmbeddedRegistries(started);
        }
        try {
            for (Registry registry : Registry.values()) {
                if (config.registryUrl(registry).isEmpty()) {
                    RegistrySimulator simulator = Simulators.create(registry, 0).start();
                    started.put(registry, simulator);
                    LOG.info("Embedded registry simulator started registry={} url={}", registry.id(),
                            simulator.baseUrl());
                }
            }
        } catch (RuntimeException e) {
            started.values().forEach(RegistrySimulator::stop);
            throw e;
        }
        return new EmbeddedRegistries(started);
    }

    Map<Registry, String> urls() {
        Map<Registry, String> urls = new EnumMap<>(Registry.class);
        simulators.forEach((registry, simulator) -> urls.put(registry, simulator.baseUrl()));
        return urls;
    }

    @Override
    public void close() {
        simulators.values().forEach(RegistrySimulator::stop);
    }
}
