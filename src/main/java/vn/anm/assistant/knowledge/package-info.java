/**
 * Knowledge base: reads the Markdown entries, contacts and lexicon under {@code knowledge-base/},
 * indexes them with Lucene and matches citizens' messages written with or without diacritics,
 * in teencode or as long stories. Public types here are the module's API; sub-packages are internal.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.knowledge;
