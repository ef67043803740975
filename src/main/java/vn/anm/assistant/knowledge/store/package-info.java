/**
 * The knowledge base in the database: the shared draft, the numbered versions, the pointer to the live
 * one, the seed from the folder, and the poll that keeps every instance on the live version. Internal.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.knowledge.store;
