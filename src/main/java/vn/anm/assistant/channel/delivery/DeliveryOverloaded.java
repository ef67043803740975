package vn.anm.assistant.channel.delivery;

/** Too many accepted messages wait for an answer: the webhook answers 503 and the platform retries. */
public class DeliveryOverloaded extends RuntimeException {

    public DeliveryOverloaded() {
        super("too many messages waiting", null, false, false);
    }
}
