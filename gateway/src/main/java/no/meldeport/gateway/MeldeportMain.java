package no.meldeport.gateway;

import java.util.concurrent.CountDownLatch;
import no.meldeport.gateway.config.ConfigException;
import no.meldeport.gateway.config.GatewayConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the gateway from {@code MELDEPORT_*} environment variables and runs until the process is stopped. */
public final class MeldeportMain {

    private static final Logger LOG = LoggerFactory.getLogger(MeldeportMain.class);

    private MeldeportMain() {
    }

    public static void main(String[] args) throws Exception {
        GatewayConfig config;
        try {
            config = GatewayConfig.fromEnvironment();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Gateway gateway = Gateway.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "meldeport-shutdown"));
        LOG.info("Meldeport listening on http://{}:{}", config.bindHost(), gateway.port());
        stopped.await();
    }
}
