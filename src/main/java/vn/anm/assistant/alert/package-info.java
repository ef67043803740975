/**
 * Local alerts (#14): warnings moderators publish for the province, valid for a time, optionally tied to a topic
 * and to communes; the conversation shows them ("Cảnh báo mới", in front of a related answer once, offered on a
 * greeting). Public types here are the API; {@code store} is internal. Depends on no other module.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.alert;
