package vn.anm.assistant.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;

import vn.anm.assistant.AssistantApplication;

/**
 * The application as a separate JVM (the test's own class path), so a test can really kill it:
 * {@link #kill} is SIGKILL ({@code kill -9}), {@link #terminate} SIGTERM. Random free ports; the log
 * goes to a file in the test's temporary folder and is printed when the process does not come up.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private AppProcess(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    public static AppProcess start(Path workDir, String name, Map<String, String> properties) {
        try {
            int port = freePort();
            int managementPort = freePort();
            Path log = workDir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("anm.fault.heap", "384m"),
                    // tests start fast with the quick compiler only; the benchmark (anm.fault.fast-start=false) runs fully compiled
                    Boolean.parseBoolean(System.getProperty("anm.fault.fast-start", "true")) ? "-XX:TieredStopAtLevel=1" : "-XX:+TieredCompilation",
                    "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), AssistantApplication.class.getName(),
                    "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=" + managementPort,
                    // the test classpath's one-request-per-connection setting (src/test/resources/application.properties)
                    // is for the in-JVM test contexts: the application as shipped keeps its connections (in the fault
                    // benchmark the extra connection churn widened the moment between a part's mark and its write)
                    "--server.netty.max-keep-alive-requests=-1",
                    "--anm.knowledge.watch=false", "--logging.level.root=WARN",
                    // officers read reports in the console: the chat takes reports without a forwarding destination
                    "--anm.report.console-readers=true",
                    "--logging.level.vn.anm.assistant.channel.delivery=INFO"));
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            Process process = new ProcessBuilder(command)
                    .directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            AppProcess app = new AppProcess(process, port, managementPort, log);
            app.awaitUp(Duration.ofSeconds(240)); // a start-up on a loaded shared machine took over 2 minutes
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** kill -9: no shutdown hook, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful shutdown; returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not stop within 60 s after SIGTERM");
        }
        return process.exitValue();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited at start-up:\n" + tail());
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not come up in " + timeout + ":\n" + tail());
    }

    private String tail() {
        String text = log();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
