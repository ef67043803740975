package vn.anm.assistant.moderation.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The admin API's OpenAPI description, served to signed-in console users at /console/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI adminApiDescription() {
        return new OpenAPI()
                .info(new Info().title("Trợ lý An ninh mạng – API quản trị").version("1")
                        .description("Mọi việc của bảng điều khiển qua JSON. Xác thực: mã truy cập cá nhân do quản trị viên cấp"
                                + " (Authorization: Bearer anm_…), hoặc HTTP Basic qua HTTPS cho tài khoản không bật xác thực hai lớp."
                                + " Lỗi trả về application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
