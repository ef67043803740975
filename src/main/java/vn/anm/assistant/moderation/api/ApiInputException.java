package vn.anm.assistant.moderation.api;

/** A request the admin API cannot read (a missing field, a wrong value), answered with 400. */
class ApiInputException extends RuntimeException {

    ApiInputException(String message) {
        super(message);
    }
}
