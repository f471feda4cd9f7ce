// Runs axe-core on pages of a built site, in light and in dark colour scheme, and prints the violations as JSON.
//
//   node axe.mjs --tools DIR --chromium PATH --site DIR --page index.html [--page timeline/index.html ...]
//
// Output: {"axe": version, "results": [{"page", "scheme", "problems": [...], "violations": [{"id", "impact",
// "help", "helpUrl", "nodes": [{"target", "html", "summary"}]}], "passes": n, "incomplete": [ids]}]}.
// Judging is left to the Java test (baton.quality.AccessibilityTest).

import { launch, openPage, options, run, toolsRequire } from './browser.mjs';

const SCHEMES = ['light', 'dark'];

run(async (argv) => {
  const opts = options(argv, { tools: undefined, chromium: undefined, site: undefined, page: [] });
  const axePath = toolsRequire(opts.tools).resolve('axe-core/axe.min.js');
  const browser = await launch(opts.tools, opts.chromium);
  try {
    const results = [];
    let version = null;
    for (const page of opts.page) {
      for (const scheme of SCHEMES) {
        const { context, tab, problems } = await openPage(browser, opts.site, page, { colorScheme: scheme });
        try {
          await tab.addScriptTag({ path: axePath });
          const found = await tab.evaluate(async () => {
            // Every rule axe runs by default: WCAG 2.0-2.2 A and AA, and its best practices.
            const r = await window.axe.run(document, { resultTypes: ['violations'] });
            return {
              version: r.testEngine.version,
              violations: r.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map((n) => ({
                  target: n.target.map(String).join(' '),
                  html: n.html,
                  summary: n.failureSummary,
                })),
              })),
              passes: r.passes.length,
              incomplete: r.incomplete.map((i) => i.id),
            };
          });
          version = found.version;
          results.push({ page, scheme, problems, ...found });
        } finally {
          await context.close();
        }
      }
    }
    return { axe: version, browser: browser.version(), results };
  } finally {
    await browser.close();
  }
});
