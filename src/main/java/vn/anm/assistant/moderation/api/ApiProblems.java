package vn.anm.assistant.moderation.api;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.moderation.security.AccountAdministration;

/** The admin API's refusals as ProblemDetail bodies, in Vietnamese; a broken rule lists every problem with its item and field. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(0)
class ApiProblems {

    @ExceptionHandler(ContentRejected.class)
    ProblemDetail rejected(ContentRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Nội dung vi phạm quy tắc của kho kiến thức; không có gì bị thay đổi.");
        problem.setTitle("Nội dung không hợp lệ");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(EditRefused.class)
    ProblemDetail refused(EditRefused e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case READ_ONLY -> HttpStatus.METHOD_NOT_ALLOWED;
            case NOTHING_TO_PUBLISH -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT, STALE_DRAFT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Chưa thực hiện");
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(AccountAdministration.Refused.class)
    ProblemDetail account(AccountAdministration.Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Chưa thực hiện");
        return problem;
    }

    @ExceptionHandler(ApiInputException.class)
    ProblemDetail input(ApiInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Yêu cầu không hợp lệ");
        return problem;
    }

    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail unreadable(ServerWebInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Không đọc được yêu cầu: cần JSON đúng dạng (xem /console/api-docs).");
        problem.setTitle("Yêu cầu không hợp lệ");
        return problem;
    }

    static ContentRejected one(String item, String field, String message) {
        return new ContentRejected(List.of(new ContentProblem(item, field, message)));
    }
}
