/**
 * The only place that knows the order of the stages: load, validate, derive, render, write. {@code check} stops
 * before rendering.
 */
package baton.build;
