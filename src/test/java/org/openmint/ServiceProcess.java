package org.openmint;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * OpenMint in a child JVM, run as an operator runs it: started, probed for readiness, stopped with
 * SIGTERM ({@link #stop}) or killed with SIGKILL ({@link #kill}); its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    private ServiceProcess(List<String> command, Map<String, String> environment, Path log, int port) {
        this.command = command;
        this.environment = environment;
        this.log = log;
        this.port = port;
    }

    /** The packaged service: {@code java -jar jar}, listening on {@code port}. */
    public static ServiceProcess jar(Path jar, int port, Map<String, String> environment, Path log) {
        return new ServiceProcess(List.of(java(), "-Xmx768m", "-jar", jar.toAbsolutePath().toString()),
                environment, log, port);
    }

    /** The service from this JVM's class path (tests run before the jar is packaged), with these arguments. */
    public static ServiceProcess classPath(int port, Map<String, String> environment, Path log, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OpenMintApplication.class.getName()));
        command.addAll(List.of(arguments));
        return new ServiceProcess(command, environment, log, port);
    }

    /** A TCP port that is free on the loopback interface right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the JVM; its settings come from the given environment, not from this one's. */
    public void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Already running");
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("MINT_")
                || name.startsWith("SERVER_"));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        process = builder.start();
    }

    /** Waits until {@code /actuator/health/readiness} answers 200; false if the JVM died or time ran out. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long giveUpAt = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - giveUpAt < 0) {
            if (process == null || !process.isAlive()) {
                return false;
            }
            try {
                if (PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Waits for the JVM to exit by itself; its exit code, or empty if it still runs after {@code timeout}. */
    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** SIGKILL: the JVM gets no chance to shut anything down. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM without waiting: the service shuts down gracefully. */
    public void terminate() {
        if (process != null) {
            process.destroy();
        }
    }

    /** SIGTERM and wait for the exit; the exit code, or null if the JVM had not exited within {@code timeout}. */
    public Integer stop(Duration timeout) throws InterruptedException {
        if (process == null) {
            return null;
        }
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** Kills the JVM if it is still running. */
    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            kill();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
