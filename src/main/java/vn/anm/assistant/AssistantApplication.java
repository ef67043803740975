package vn.anm.assistant;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.anm.assistant.knowledge.EvalCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssistantApplication {

    public static void main(String[] args) {
        // `java -jar anm-assistant.jar eval FILE.jsonl` scores a labelled set without starting a server.
        if (args.length > 0 && args[0].equals("eval")) {
            System.exit(EvalCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(AssistantApplication.class, args);
    }
}
