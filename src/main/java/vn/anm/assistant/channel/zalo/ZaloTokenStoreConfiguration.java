package vn.anm.assistant.channel.zalo;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.DataProtection;

/** The OA's token pair lives in the database; the former token file is only read when the table has none. */
@Configuration(proxyBeanMethods = false)
class ZaloTokenStoreConfiguration {

    @Bean
    ZaloTokenStore zaloTokenStore(DatabaseClient db, DataProtection protection, JsonMapper json, ZaloProperties properties,
            @Value("${anm.data-dir:./data}") Path dataDir, Clock clock) {
        String appId = properties.appId() == null ? "" : properties.appId();
        return new StoredZaloTokenStore(db, protection, json, appId, new FileZaloTokenStore(dataDir, json, clock), clock);
    }
}
