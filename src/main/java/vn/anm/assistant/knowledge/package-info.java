/**
 * Knowledge base: the entries, contacts and lexicon — kept in the database as a draft and numbered versions
 * ({@link vn.anm.assistant.knowledge.KnowledgeStore}), seeded from and exported to the {@code knowledge-base/}
 * folder format, or read from that folder in development — indexed with Lucene to match citizens' messages
 * written with or without diacritics, in teencode or as long stories. Public types here are the module's API
 * (plus the {@code eval} named interface); sub-packages are internal.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.knowledge;
