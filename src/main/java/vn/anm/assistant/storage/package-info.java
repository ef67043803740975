/**
 * What every module's SQL needs the same way on H2 and PostgreSQL: timestamps as both R2DBC drivers
 * bind and read them, and the keyed update-or-insert. A shared module with no dependencies of its own.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.storage;
