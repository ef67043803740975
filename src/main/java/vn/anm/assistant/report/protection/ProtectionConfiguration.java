package vn.anm.assistant.report.protection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.report.DataProtectionProperties;

/** The data key, and what is built on it. Start-up fails here when a required key is missing. */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    @Bean
    DataKey dataKey(DataProtectionProperties properties) {
        return DataKeyLoader.load(properties);
    }

    @Bean
    FieldCipher fieldCipher(DataKey dataKey) {
        return new FieldCipher(dataKey);
    }

    @Bean
    DataProtection dataProtection(DataKey dataKey, FieldCipher fieldCipher) {
        return new KeyedDataProtection(dataKey, fieldCipher);
    }

    @Bean
    ReporterRefs reporterRefs(DataKey dataKey) {
        return new ReporterRefs(dataKey);
    }
}
