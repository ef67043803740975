package vn.anm.assistant;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.anm.assistant.knowledge.EvalCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssistantApplication {

    /** The one clock: every "now" in the service comes from it, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    static final String USAGE = """
            Trợ lý An ninh mạng (anm-assistant)

            usage:
              java -jar anm-assistant.jar [--name=value ...]   start the service (web chat at http://localhost:8080)
              java -jar anm-assistant.jar eval FILE.jsonl ... [--misses] [--kb DIR] [--thresholds F,A,M]
                                                              score the knowledge base on labelled sets, no server
              java -jar anm-assistant.jar help                 this text

            Configuration comes from the environment (README.md, "Configuration").
            """;

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "help", "--help", "-h" -> System.out.print(USAGE);
            // Scores a labelled set without starting a server.
            case "eval" -> System.exit(EvalCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            default -> SpringApplication.run(AssistantApplication.class, args);
        }
    }
}
