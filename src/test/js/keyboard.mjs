// Observes a built site the way a keyboard user and a small screen see it, and prints what it saw as JSON:
//
//   node keyboard.mjs --tools DIR --chromium PATH --site DIR --timeline timeline/index.html
//       --screenshot FILE [--narrow PAGE ...] [--print PAGE ...]
//
// Output: {
//   "domOrder":  the timeline's keyboard-focusable elements in document order, through its third entry title and one
//                more (N elements),
//   "tabOrder":  the first N elements that Tab focuses, from a fresh load, in the light colour scheme,
//   "tabOrderDark": the same in the dark colour scheme,
//   "screenshotOf": the element focused in the screenshot (the third entry title),
//   "skip":      {"first": the first Tab stop from a fresh load, "active": the element focused after Enter on it,
//                "next": the one Tab reaches then},
//   "narrow":    per page at 360 px: {"page", "scrollWidth", "overflowing": elements reaching past 360 px, "problems"},
//   "print":     per page in print media: {"page", "pdfBytes", "navShown", "problems"},
//   "problems":  what went wrong while the timeline loaded (script errors, failed requests)
// }
// An element is {"tag", "id", "text", "href", "inHeader", "inNav", "inMain", "entryTitle", "visible", "inViewport",
// "outlineStyle", "outlineWidth", "outlineColor", "outlineContrast", "backdrop"}; in tabOrder, as seen while focused.
// Judging is left to the Java test (baton.quality.KeyboardE2ETest).

import { launch, openPage, options, run } from './browser.mjs';

const NARROW = { width: 360, height: 740 };

/** Describes the focused element, as seen while it has the focus (so :focus-visible styles apply). */
function describeActive() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  return window.__batonDescribe(el);
}

/** Installed in the page: one element as plain data, with its outline's contrast against what lies behind it. */
function installDescribe() {
  const rgba = (color) => {
    const m = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)$/.exec(color);
    if (!m) return null;
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
  };
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  // The outline is drawn outside the element: what lies behind it is the nearest ancestor's opaque background.
  const backdrop = (el) => {
    for (let at = el.parentElement; at; at = at.parentElement) {
      const c = rgba(getComputedStyle(at).backgroundColor);
      if (c && c[3] > 0) return c;
    }
    return rgba(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
  };
  window.__batonDescribe = (el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = rgba(style.outlineColor);
    const behind = backdrop(el);
    let contrast = null;
    if (outline && behind) {
      const [hi, lo] = [luminance(outline), luminance(behind)].sort((a, b) => b - a);
      contrast = Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
    }
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 80),
      href: el.getAttribute('href'),
      inHeader: !!el.closest('header'),
      inNav: !!el.closest('nav'),
      inMain: !!el.closest('main'),
      entryTitle: !!el.closest('.entry-title'),
      visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0,
      inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      outlineColor: style.outlineColor,
      outlineContrast: contrast,
      backdrop: behind ? `rgb(${behind.slice(0, 3).join(', ')})` : null,
    };
  };
}

/**
 * Elements that Tab visits, in document order (the templates use no positive tabindex), up to and including the
 * third entry title of the timeline and one more.
 */
function focusableInOrder() {
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const all = [...document.querySelectorAll(selector)]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
  const third = all.filter((el) => el.closest('.entry-title'))[2];
  const end = third ? all.indexOf(third) + 2 : all.length;
  return all.slice(0, Math.min(end, 200)).map((el) => window.__batonDescribe(el));
}

/** Elements whose box reaches past the right edge of the viewport, innermost first. */
function overflowing(width) {
  const right = (el) => el.getBoundingClientRect().right;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')
    + (typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
  return [...document.body.querySelectorAll('*')]
    .filter((el) => right(el) > width + 0.5)
    .filter((el) => ![...el.children].some((c) => right(c) > width + 0.5))
    .slice(0, 10)
    .map((el) => `${name(el)} (right edge ${Math.round(right(el))} px)`);
}

/** Presses Tab n times from a fresh load, describing each focused element; calls after(element, i) on each. */
async function tabThrough(tab, n, after = async () => {}) {
  await tab.reload({ waitUntil: 'load' });
  await tab.evaluate(installDescribe);
  const seen = [];
  for (let i = 0; i < n; i++) {
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(describeActive);
    seen.push(focused);
    await after(focused, seen);
  }
  return seen;
}

async function keyboard(browser, opts) {
  const { context, tab, problems } = await openPage(browser, opts.site, opts.timeline,
    { viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  try {
    await tab.evaluate(installDescribe);
    const domOrder = await tab.evaluate(focusableInOrder);
    let shot = null;
    const tabOrder = await tabThrough(tab, domOrder.length, async (focused, seen) => {
      // The picture: the focus ring on the third entry title of the timeline, a stop well inside <main>.
      if (!shot && focused?.entryTitle && seen.filter((e) => e?.entryTitle).length === 3) {
        await tab.screenshot({ path: opts.screenshot });
        shot = focused;
      }
    });
    if (!shot) await tab.screenshot({ path: opts.screenshot });

    // From a fresh load again: the first stop is the skip link; Enter follows it.
    const [first] = await tabThrough(tab, 1);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.activeElement !== document.body && location.hash === '#main', null,
      { timeout: 5_000 }).catch(() => {});
    const active = await tab.evaluate(describeActive);
    await tab.keyboard.press('Tab');
    const next = await tab.evaluate(describeActive);

    // The same stops in the dark colour scheme, for the focus ring's colour there.
    await tab.emulateMedia({ colorScheme: 'dark' });
    const tabOrderDark = await tabThrough(tab, domOrder.length);
    return { tabOrder, tabOrderDark, domOrder, skip: { first, active, next }, screenshotOf: shot, problems };
  } finally {
    await context.close();
  }
}

async function narrow(browser, opts) {
  const results = [];
  for (const page of opts.narrow) {
    const { context, tab, problems } = await openPage(browser, opts.site, page, { viewport: NARROW });
    try {
      const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
      const wide = scrollWidth > NARROW.width ? await tab.evaluate(overflowing, NARROW.width) : [];
      results.push({ page, scrollWidth, overflowing: wide, problems });
    } finally {
      await context.close();
    }
  }
  return results;
}

async function print(browser, opts) {
  const results = [];
  for (const page of opts.print) {
    const { context, tab, problems } = await openPage(browser, opts.site, page);
    try {
      await tab.emulateMedia({ media: 'print' });
      const navShown = await tab.evaluate(() => {
        const nav = document.querySelector('header nav');
        return !!nav && getComputedStyle(nav).display !== 'none';
      });
      const pdf = await tab.pdf({ format: 'A4', printBackground: false });
      results.push({ page, pdfBytes: pdf.length, navShown, problems });
    } catch (e) {
      results.push({ page, pdfBytes: 0, navShown: null, problems: [...problems, `print failed: ${e.message}`] });
    } finally {
      await context.close();
    }
  }
  return results;
}

run(async (argv) => {
  const opts = options(argv, {
    tools: undefined, chromium: undefined, site: undefined, timeline: undefined, screenshot: undefined,
    narrow: [], print: [],
  });
  const browser = await launch(opts.tools, opts.chromium);
  try {
    const seen = await keyboard(browser, opts);
    return { ...seen, narrow: await narrow(browser, opts), print: await print(browser, opts) };
  } finally {
    await browser.close();
  }
});
