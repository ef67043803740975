package vn.anm.assistant.scamcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ListEntry;
import vn.anm.assistant.scamcheck.ScamCheck;
import vn.anm.assistant.scamcheck.lists.StoredLists;
import vn.anm.assistant.scamcheck.recognition.BankDirectory;
import vn.anm.assistant.scamcheck.recognition.ItemRecognizer;
import vn.anm.assistant.scamcheck.signs.Brands;
import vn.anm.assistant.scamcheck.signs.PhoneSigns;
import vn.anm.assistant.scamcheck.signs.UrlSigns;

/** Wires the scam check; seeds the allowlist once, re-reads the lists and purges old reports on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScamCheckProperties.class)
class ScamCheckConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScamCheckConfiguration.class);
    static final String BANKS = "Vietcombank|VCB;VietinBank|Vietin|CTG;BIDV;Agribank;Techcombank|TCB;MB Bank|MBBank|MB|Ngân hàng Quân đội;ACB;"
            + "VPBank|VP Bank;TPBank|TP Bank;Sacombank|STB;SHB;HDBank|HD Bank;VIB;OCB;SeABank;MSB|Maritime Bank;Eximbank;"
            + "LPBank|LienVietPostBank|Lien Viet;Nam A Bank|Nam Á;Bac A Bank|Bắc Á;ABBank;Kienlongbank;PVcomBank;BaoViet Bank;VietBank;"
            + "Viet Capital Bank|Bản Việt;Cake;Timo;MoMo|Ví MoMo;ZaloPay;ViettelPay|Viettel Money";

    @Bean
    ItemRecognizer scamItemRecognizer() {
        return new ItemRecognizer(new BankDirectory(BANKS));
    }

    @Bean
    StoredLists scamStoredLists(DatabaseClient db, DataProtection protection, ItemRecognizer recognizer, MeterRegistry meters, Clock clock) {
        StoredLists lists = new StoredLists(db, protection, recognizer, clock);
        Gauge.builder("anm_scamcheck_listed_items", lists, l -> l.snapshot().size()).register(meters);
        return lists;
    }

    @Bean
    ScamCheck scamCheck(ItemRecognizer recognizer, StoredLists lists, MeterRegistry meters) {
        return new ScamChecker(recognizer, lists, new UrlSigns(Brands.load()), new PhoneSigns(recognizer.phoneNumbers()),
                new VerdictTexts(new ReplyTexts("messages/scamcheck.properties")), meters);
    }

    @Bean
    ApplicationRunner scamListSeed(StoredLists lists, ScamCheckProperties properties) {
        return new Seed(lists, properties);
    }

    @Bean
    ListUpkeep scamListUpkeep(StoredLists lists, ScamCheckProperties properties) {
        return new ListUpkeep(lists, properties);
    }

    /** At start-up (not on the event loop): the seed once per database, then the lists into memory. */
    record Seed(StoredLists lists, ScamCheckProperties properties) implements ApplicationRunner {

        @Override
        public void run(ApplicationArguments args) {
            List<ListEntry> entries = read(properties);
            lists.seedOnce(properties.seedFile().getFileName().toString(), entries).then(lists.reload()).block();
        }
    }

    static List<ListEntry> read(ScamCheckProperties properties) {
        List<ListEntry> entries = new ArrayList<>();
        if (!Files.isRegularFile(properties.seedFile())) {
            log.warn("No scam check seed file at {}: the allowlist starts empty", properties.seedFile());
            return entries;
        }
        try {
            for (String line : Files.readAllLines(properties.seedFile(), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 5) {
                    entries.add(new ListEntry(ItemKind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT)), cols[1], cols[2], cols[3], cols[4]));
                }
            }
        } catch (IOException e) {
            log.warn("Scam check seed file {} unreadable: {}", properties.seedFile(), e.getClass().getName());
        }
        return entries;
    }

    /** Changes made on another instance reach this one within {@code refresh-every}; old reports go after the retention. */
    static final class ListUpkeep {

        private final StoredLists lists;
        private final ScamCheckProperties properties;

        ListUpkeep(StoredLists lists, ScamCheckProperties properties) {
            this.lists = lists;
            this.properties = properties;
        }

        @Scheduled(fixedDelayString = "${anm.scamcheck.refresh-every:10s}", initialDelayString = "${anm.scamcheck.refresh-every:10s}")
        void refresh() {
            lists.reload().onErrorResume(e -> {
                log.warn("Scam lists not re-read: {}", e.getClass().getName());
                return reactor.core.publisher.Mono.empty();
            }).subscribe();
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
        void purge() {
            lists.purge(properties.reviewRetention()).subscribe(n -> {
                if (n > 0) {
                    log.info("Scam check: {} old reports and counts deleted", n);
                }
            }, e -> log.warn("Scam check purge failed: {}", e.getClass().getName()));
        }
    }
}
