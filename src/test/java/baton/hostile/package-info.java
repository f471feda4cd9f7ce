/**
 * Issue 7: hostile and broken input, and faults. Content and templates are untrusted, so each case of
 * {@link baton.hostile.HostileCases} is a small site built through the real command line in a JVM with a 256 MiB heap
 * ({@link baton.hostile.ChildJvm}), and must reach its verdict within a bound, print its diagnostics without a stack
 * trace, leave the previous output untouched and write nothing outside the output folder.
 * {@link baton.hostile.OutputSafetyNetTest} covers the scan of generated pages, {@link baton.hostile.CrashSafetyTest}
 * builds killed midway and builds at once, and {@link baton.hostile.FoundByHostileInputsTest} holds regressions named
 * after what the cases found.
 */
package baton.hostile;
