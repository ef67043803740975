package vn.anm.assistant.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Lạng Sơn's units after the 2025 reorganisation, typed as citizens type them: new names, old names, without diacritics. */
class CommuneNamesTests {

    private static final CommuneNames COMMUNES = CommuneNames.read(new ClassPathResource("places/lang-son-units.tsv"));

    @ParameterizedTest(name = "{0} → {1} (old name: {2})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # typed                                  | the unit now          | the old name it was given by
            phường Kỳ Lừa                            | Phường Kỳ Lừa         | -
            ky lua                                   | Phường Kỳ Lừa         | -
            Xã Thất Khê                              | Xã Thất Khê           | -
            thôn Nà Pàn, xã Chí Minh                 | Xã Thất Khê           | Xã Chí Minh
            xa chi minh huyen trang dinh             | Xã Thất Khê           | Xã Chí Minh
            phường Hoàng Văn Thụ                     | Phường Kỳ Lừa         | Phường Hoàng Văn Thụ
            xã Hoàng Văn Thụ                         | Xã Hoàng Văn Thụ      | -
            Hoàng Văn Thụ                            | Xã Hoàng Văn Thụ      | -
            thị trấn Đồng Mỏ                         | Xã Chi Lăng           | Thị trấn Đồng Mỏ
            xã Chi Lăng                              | Xã Chi Lăng           | -
            Phường Hàm Rồng, Thanh Hóa               | -                     | -
            Xã Quảng Phú                             | -                     | -
            Vietcombank                              | -                     | -
            0912 345 678                             | -                     | -
            """)
    void newAndOldNamesFindTheUnitOfNow(String typed, String unit, String oldName) {
        var found = COMMUNES.find(typed);
        if (unit == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.unit().name()).isEqualTo(unit);
            assertThat(f.oldName().orElse(null)).isEqualTo(oldName);
        });
    }
}
