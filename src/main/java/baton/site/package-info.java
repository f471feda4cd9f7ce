/**
 * The only writer: stages a build in a temporary folder beside the output, copies assets, then swaps it in, so that
 * a failed or killed build leaves the previous output as it was.
 */
package baton.site;
