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
        Gateway gateway;
        try {
            gateway = Gateway.start(config);
        } catch (Exception e) {
            LOG.error("Meldeport could not start", e);
            System.err.println("Meldeport could not start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "meldeport-shutdown"));
        LOG.info("Meldeport listening on http://{}:{}", config.bindHost(), gateway.port());
        stopped.await();
    }

    /** The innermost cause's message, which names the actual problem (busy port, locked file, refused connection). */
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return failure == cause ? message : failure.getMessage() + " (" + message + ")";
    }
}
