/**
 * Raw entries to model records: required and unknown fields, ids, dates, allowed values and every reference
 * between entries. Reports every problem at the position of the offending value and never returns null.
 */
package baton.validate;
