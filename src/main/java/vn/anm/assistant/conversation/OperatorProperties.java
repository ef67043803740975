package vn.anm.assistant.conversation;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs the assistant ({@code anm.operator.*}), named to citizens in the welcome ("trả lời tự động
 * thay cho …") and as the controller of their data in the report consent.
 *
 * @param name the agency as a citizen should read it, e.g. "Công an tỉnh Lạng Sơn" (ANM_OPERATOR_NAME);
 *             unset, the texts say "đơn vị chủ quản của kênh trò chuyện này" (messages/conversation.properties,
 *             operator.default)
 */
@ConfigurationProperties("anm.operator")
public record OperatorProperties(@Nullable String name) {

    public boolean named() {
        return name != null && !name.isBlank();
    }
}
