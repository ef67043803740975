package vn.anm.assistant.channel.delivery;

/**
 * The webhook could not keep an event: the inbox is full or the database did not commit. The webhook
 * answers 503 and the platform delivers again later; nothing was acknowledged.
 */
public class DeliveryOverloaded extends RuntimeException {

    public DeliveryOverloaded(String why) {
        super(why, null, false, false);
    }
}
