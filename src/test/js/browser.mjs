// Shared by the quality scripts that baton.quality's tests run: command-line options, the npm packages from the
// quality tools folder, and Debian's chromium driven headless by playwright-core.
//
// The packages are not installed next to this file: the tests pass the npm prefix folder they were installed into
// (`--tools DIR`, holding node_modules/playwright-core and node_modules/axe-core), so that this repository carries no
// node_modules and no package-lock of its own. See .ci/run for the install.

import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Flags for a quiet, reproducible browser: no sandbox (CI runs as root in a container), no GPU, and nothing that
// talks to the network. Playwright adds --headless and a fresh temporary --user-data-dir itself.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The site is opened from file: URLs; axe-core reads stylesheets with XMLHttpRequest, which needs this.
  '--allow-file-access-from-files',
];

/** Parses `--name value` pairs; every option is required unless it has a default here. */
export function options(argv, defaults = {}) {
  const parsed = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    if (!name.startsWith('--') || i + 1 >= argv.length) {
      throw new Error(`usage: --name value pairs expected, got '${argv.slice(i).join(' ')}'`);
    }
    const key = name.slice(2);
    parsed[key] = parsed[key] instanceof Array ? [...parsed[key], argv[i + 1]] : argv[i + 1];
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (value === undefined) throw new Error(`missing option --${key}`);
  }
  return parsed;
}

/** Loads a package from the quality tools folder (the npm --prefix folder). */
export function toolsRequire(toolsDir) {
  return createRequire(join(resolve(toolsDir), 'package.json'));
}

export async function launch(toolsDir, executablePath) {
  const { chromium } = toolsRequire(toolsDir)('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}

/** The file: URL of a page of the built site, given relative to its root ("countries/hu/index.html"). */
export function pageUrl(siteDir, page) {
  return pathToFileURL(join(resolve(siteDir), page)).href;
}

/**
 * Opens a page in a fresh context and records what went wrong while it loaded and ran: script errors, console
 * errors and requests that failed (a stylesheet that is not there).
 */
export async function openPage(browser, siteDir, page, contextOptions = {}) {
  const context = await browser.newContext({ ...contextOptions });
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  const response = await tab.goto(pageUrl(siteDir, page), { waitUntil: 'load' });
  if (response && !response.ok()) problems.push(`loading failed: ${response.status()}`);
  return { context, tab, problems };
}

/** Runs main, prints its result as one JSON document on stdout, and exits 0; anything thrown exits 1. */
export function run(main) {
  main(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    },
    (error) => {
      process.stderr.write(`${error?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
