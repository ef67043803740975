package vn.anm.assistant.moderation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.anm.assistant.moderation.security.Accounts;
import vn.anm.assistant.moderation.security.ApiTokens;
import vn.anm.assistant.report.DataProtection;

@TestConfiguration(proxyBeanMethods = false)
public class ConsoleTestConfiguration {

    @Bean
    ConsoleUsers consoleUsers(Accounts accounts, PasswordEncoder encoder, DataProtection protection, ApiTokens tokens) {
        return new ConsoleUsers(accounts, encoder, protection, tokens);
    }
}
