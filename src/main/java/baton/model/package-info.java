/**
 * The site as immutable records, checked in their constructors: what validation produces and everything after it
 * reads. Imports nothing of Baton's, and no library type appears in a record.
 */
package baton.model;
