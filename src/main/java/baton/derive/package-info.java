/**
 * Views derived from a validated {@link baton.model.Site}: the timeline in order, membership of the body at a date,
 * each country's stance history, the race counted against the office's rule, and the series of its figures over
 * time. Pure functions of the model: no I/O, no clock, the same site always gives the same result.
 *
 * <p>Everything is built once and indexed, so that deriving a site costs one sort of its entries and time linear in
 * their number; the lookups afterwards are map reads and binary searches, never rescans of all statements.
 */
package baton.derive;
