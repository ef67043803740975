package vn.anm.assistant.channel.web;

/** A message the API cannot take: empty, too long or not text. */
class InvalidMessage extends RuntimeException {

    InvalidMessage(String detail) {
        super(detail);
    }
}
