// Browser benchmark of the explorer (see docs/performance.md, "Explorer (browser)").
//
//   node explorer/bench/run.mjs [--no-build] [--runs N] [--out DIR] [--json] [--profile] [--trace FILE]
//
// Builds the explorer (`vite build` into explorer/dist, or DIR), serves it with a small static server on a
// free port, opens it in Debian's Chromium (headless, the launch arguments of playwright.config.ts)
// and measures, with the page scrolled so that the slider used and the whole chart are inside the
// 1440×900 viewport (the output says which slider, the scroll position, and whether the window had
// to be made taller; the script refuses to measure when either is outside the viewport):
//   (a) slider input → chart painted: an `input` event on the factor slider "Vertrouwen" (trust),
//       after focusing it (which starts the run-ahead of its positions in the worker) and 300 ms,
//       timed with performance.now() from just before dispatch until the chart's lines have changed
//       (a MutationObserver on its line canvas's data-revision, set after each drawing) and then until
//       the frame showing the change: the first requestAnimationFrame after the change plus a task
//       posted from it (the usual "after paint" mark), and the second rAF (an upper bound);
//   (b) playback of the diagram (its play button): requestAnimationFrame callbacks counted over
//       3 s, mean frames per second, frames dropped (intervals longer than 1.5 vsync), and the
//       scrubber's progression in months.
// --profile builds unminified and adds a sampling CPU profile of the main thread during 20 more
// inputs (the functions with the most self time), to see where the time goes. --trace FILE saves
// the Chrome trace of (c) as JSON (a `traceEvents` file that DevTools' performance panel opens).
// Targets from the issue: median input → paint under 16 ms, and 60 fps while playing.
/* global document, requestAnimationFrame, MessageChannel, MutationObserver, PerformanceObserver, SVGPathElement, HTMLCanvasElement, Element, Event -- functions passed to page.evaluate run in the page */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { dragToPaint } from './drag.mjs';
import { placeForDrag, requireInViewport } from './viewport.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const explorer = resolve(here, '..');
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const dist = outAt >= 0 && argv[outAt + 1] !== undefined ? resolve(argv[outAt + 1]) : join(explorer, 'dist');
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const RUNS = option('--runs', 50);
const WARMUP = 5;
const PLAY_MS = 3000;
const DRAG_MOVES = option('--moves', 60);
const SEED = option('--seed', 20261124);

function build() {
  const args = ['exec', 'vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'];
  if (flag('--profile')) args.push('--minify', 'false');
  const r = spawnSync('pnpm', args, { cwd: explorer, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A static server for dist on a free port of 127.0.0.1. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p90: quantile(s, 0.9), min: s[0], max: s.at(-1), n: s.length };
}

/**
 * In the page: sets the slider to each value in turn with an `input` event and times the chart's
 * update. Returns one record per value (null fields when the chart did not change within 2 s).
 */
async function inputToPaint(page, slider, values) {
  return slider.evaluate(async (input, vals) => {
    const chart = () => document.querySelector('svg[data-export="chart"]');
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const task = () =>
      new Promise((ok) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => ok();
        ch.port2.postMessage(0);
      });
    const out = [];
    // A user takes hold of a slider (focus or pointerdown) before moving it; the explorer then has
    // its worker run the slider's positions ahead. Give that the moment a hand takes to move.
    input.focus();
    await new Promise((ok) => setTimeout(ok, 300));
    for (const v of vals) {
      // Start from a quiet page: two frames with nothing pending.
      await frame();
      await frame();
      const svg = chart();
      if (svg === null) throw new Error('no svg[data-export="chart"]');
      const root = svg.parentElement ?? svg;
      const record = { value: v, dom: null, paint: null, frame2: null };
      const done = new Promise((ok) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          ok();
        }, 2000);
        const observer = new MutationObserver((list) => {
          const inChart = list.some((m) => {
            const t = m.target;
            if (m.type === 'attributes')
              return (
                (t instanceof SVGPathElement && t.closest('svg[data-export="chart"]')) ||
                (t instanceof HTMLCanvasElement && m.attributeName === 'data-revision')
              );
            return [...m.addedNodes].some(
              (n) => n instanceof Element && (n.matches('path') || n.querySelector('path')),
            );
          });
          if (!inChart) return;
          observer.disconnect();
          clearTimeout(timer);
          record.dom = performance.now() - t0;
          requestAnimationFrame(() => {
            void task().then(() => {
              record.paint = performance.now() - t0;
            });
            requestAnimationFrame(() => {
              record.frame2 = performance.now() - t0;
              // Let the posted task run too before moving on.
              setTimeout(ok, 0);
            });
          });
        });
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['d', 'data-revision'],
        });
      });
      const t0 = performance.now();
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      out.push(record);
    }
    return out;
  }, values);
}

/** In the page: counts animation frames for `ms` while the diagram plays. */
async function playback(page, playButton, scrubber, ms) {
  await playButton.click();
  return scrubber.evaluate(async (range, duration) => {
    const times = [];
    const months = [];
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    await new Promise((ok) => {
      const step = (t) => {
        times.push(t);
        months.push(Number(range.value));
        if (t - start < duration) requestAnimationFrame(step);
        else ok();
      };
      requestAnimationFrame(step);
    });
    observer.disconnect();
    return { times, months, longTasks };
  }, ms);
}

/** In the page: animation frames for `ms` with nothing happening (the compositor's own cadence). */
async function idleFrames(page, ms) {
  return page.evaluate(async (duration) => {
    const times = [];
    const start = performance.now();
    await new Promise((ok) => {
      const step = (t) => {
        times.push(t);
        if (t - start < duration) requestAnimationFrame(step);
        else ok();
      };
      requestAnimationFrame(step);
    });
    return times;
  }, ms);
}

/** Main-thread and renderer-process CPU time so far (ms), from the DevTools protocol. */
async function cpu(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return {
    thread: get('ThreadTime'),
    process: get('ProcessTime'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

/** Per-run differences of two {@link cpu} readings. */
function perRun(a, b, n) {
  return Object.fromEntries(Object.keys(a).map((k) => [k, (b[k] - a[k]) / n]));
}

/**
 * With --profile: a sampling CPU profile of the main thread over `values.length` inputs, as the
 * functions with the most self time (ms per input). Meant for an unminified build (--profile builds
 * one), so that names are readable.
 */
async function profileInputs(cdp, page, slider, values) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await inputToPaint(page, slider, values);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node?.callFrame;
    if (f === undefined) return;
    const file = f.url === '' ? '' : ` ${f.url.split('/').pop()}:${String(f.lineNumber + 1)}`;
    const key = `${f.functionName === '' ? '(anonymous)' : f.functionName}${file}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .filter(([k]) => k !== '(idle)' && k !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, total]) => ({ name, msPerInput: total / values.length }));
}

/** Frame statistics from rAF timestamps: mean fps, dropped frames against a 60 Hz vsync. */
function frameStats(times) {
  const vsync = 1000 / 60;
  const intervals = times.slice(1).map((t, i) => t - times[i]);
  const span = times.at(-1) - times[0];
  const dropped = intervals.reduce((n, d) => n + Math.max(0, Math.round(d / vsync) - 1), 0);
  const s = stats(intervals);
  return {
    frames: intervals.length,
    seconds: span / 1000,
    fps: intervals.length / (span / 1000),
    dropped,
    longestMs: s.max,
    medianIntervalMs: s.median,
  };
}

/** Part (d)'s bare page: one range input that redraws one path of an svg the probe watches. */
const BARE_PAGE = `<!doctype html><html><body style="margin:40px">
<input id="s" type="range" min="0" max="100" value="50" style="width:600px">
<div><svg data-export="chart" width="600" height="300"><path id="p" fill="none" stroke="black" d="M0 150 L600 150"></path></svg></div>
<script>
  const s = document.getElementById('s');
  const p = document.getElementById('p');
  s.addEventListener('input', () => {
    const v = Number(s.value);
    let d = 'M0 150';
    for (let x = 0; x <= 600; x += 10) d += ' L' + x + ' ' + (150 + Math.sin(x / 40 + v / 10) * v).toFixed(1);
    p.setAttribute('d', d);
  });
</script></body></html>`;

async function main() {
  if (!flag('--no-build')) build();
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  const server = await serve(dist);
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${String(port)}/`);
    const slider = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
    await slider.waitFor();
    await page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])').waitFor({ state: 'attached' });
    const version = browser.version();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    // The slider and the whole chart inside the viewport: "Vertrouwen" if a scroll position fits
    // both, else another factor slider that fits, else a taller window.
    const chart = page.locator('svg[data-export="chart"]');
    const others = [];
    for (const el of await page
      .locator('.region-profile fieldset.group:not(.inputs) input[type="range"]')
      .all()) {
      const name = await el.evaluate((i) => i.labels?.[0]?.textContent?.trim() ?? i.id);
      others.push({ name, locator: el });
    }
    const placed = await placeForDrag(page, chart, { name: 'Vertrouwen', locator: slider }, others);
    const mustSee = [
      [`slider "${placed.name}"`, placed.locator],
      ['the chart', chart],
    ];
    await requireInViewport(page, mustSee, '(a)');
    const measured = placed.locator;

    // (a) input → paint. Values on the slider's own scale, alternating low and high so each differs
    // from the one before.
    const { min, max } = await measured.evaluate((el) => ({ min: Number(el.min), max: Number(el.max) }));
    const span = max - min;
    const values = Array.from({ length: WARMUP + RUNS }, (_, i) => {
      const f = i % 2 === 0 ? 0.1 + ((i * 0.37) % 0.35) : 0.55 + ((i * 0.29) % 0.35);
      return Math.round(min + f * span);
    });
    await inputToPaint(page, measured, values.slice(0, WARMUP));
    const cpu0 = await cpu(cdp);
    const records = await inputToPaint(page, measured, values.slice(WARMUP));
    const cpu1 = await cpu(cdp);
    await requireInViewport(page, mustSee, '(a) (at its end)');
    const inputCpu = perRun(cpu0, cpu1, RUNS);
    const missed = records.filter((r) => r.paint === null).length;
    const ok = records.filter((r) => r.paint !== null);
    const dom = stats(ok.map((r) => r.dom));
    const paint = stats(ok.map((r) => r.paint));
    const frame2 = stats(ok.map((r) => r.frame2));

    // (c) real input: a mouse drag at random phases of the frame, to the frame presented.
    const traceAt = argv.indexOf('--trace');
    const traceFile = traceAt >= 0 ? argv[traceAt + 1] : undefined;
    const drag = await dragToPaint(page, cdp, measured, {
      moves: DRAG_MOVES,
      seed: SEED,
      keepTrace: traceFile !== undefined,
      mustSee,
    });
    if (traceFile !== undefined) writeFileSync(traceFile, JSON.stringify({ traceEvents: drag.events }));
    const dragOk = drag.records.filter((r) => r.shown !== null);
    const shown = stats(dragOk.map((r) => r.shown - r.start));
    const changed = stats(drag.records.filter((r) => r.changed !== null).map((r) => r.changed - r.start));
    const committed = stats(dragOk.map((r) => r.commit - r.start));
    const phase = stats(drag.records.filter((r) => r.phase !== null).map((r) => r.phase));
    const overBudget = dragOk.filter((r) => r.shown - r.start > 16).length / Math.max(1, dragOk.length);
    const dragDropped = drag.records.filter((r) => r.dropped).length;
    // Let the full run after the drag (loop analysis, side panels) finish before playback.
    await page.waitForTimeout(1500);

    // (b) playback.
    const idle = frameStats(await idleFrames(page, 1000));
    const diagram = page.getByRole('region', { name: 'Causaal lussendiagram' });
    const playButton = diagram.getByRole('button', { name: 'Afspelen' });
    const scrubber = diagram.getByRole('slider', { name: 'Maand', exact: true });
    await scrubber.evaluate((el) => {
      el.value = '0';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const cpu2 = await cpu(cdp);
    const play = await playback(page, playButton, scrubber, PLAY_MS);
    const cpu3 = await cpu(cdp);
    const playStats = frameStats(play.times);
    const playCpu = {
      thread: (cpu3.thread - cpu2.thread) / Math.max(1, playStats.frames),
      process: (cpu3.process - cpu2.process) / Math.max(1, playStats.frames),
      threadShare: (cpu3.thread - cpu2.thread) / (playStats.seconds * 1000),
    };
    const monthsMoved = (play.months.at(-1) ?? 0) - (play.months[0] ?? 0);
    const monthSteps = play.months.slice(1).filter((m, i) => m !== play.months[i]).length;
    const pause = diagram.getByRole('button', { name: 'Pauzeren' });
    if (await pause.isVisible()) await pause.click();
    const profile = flag('--profile') ? await profileInputs(cdp, page, measured, values.slice(0, 20)) : null;

    // (d) the floor of this browser's pipeline: the same drag on a bare page whose range input
    // redraws one path synchronously (no app, no simulation), measured by the same trace analysis.
    const bare = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await bare.setContent(BARE_PAGE);
    const bareCdp = await bare.context().newCDPSession(bare);
    const bareDrag = await dragToPaint(bare, bareCdp, bare.locator('#s'), {
      moves: DRAG_MOVES,
      seed: SEED,
      mustSee: [
        ['the bare slider', bare.locator('#s')],
        ['the bare chart', bare.locator('svg')],
      ],
    });
    await bare.close();
    const bareOk = bareDrag.records.filter((r) => r.shown !== null);
    const bareShown = stats(bareOk.map((r) => r.shown - r.start));
    const bareCommitted = stats(bareOk.map((r) => r.commit - r.start));

    const result = {
      date: new Date().toISOString(),
      chromium: version,
      cpu: `${cpus()[0]?.model ?? '?'} × ${String(cpus().length)}`,
      loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
      placement: {
        slider: placed.name,
        scrollY: placed.scrollY,
        viewport: placed.viewport,
        window: placed.window,
      },
      inputToPaint: { runs: RUNS, missed, dom, paint, frame2, cpuPerInputMs: inputCpu },
      dragToPaint: {
        moves: DRAG_MOVES,
        seed: SEED,
        missed: drag.records.length - dragOk.length,
        shown,
        changed,
        committed,
        phase,
        overBudget,
        droppedFrames: dragDropped,
        inputsDrawnInTheirFrame: drag.inFrame.filter(Boolean).length,
        inputs: drag.inFrame.length,
        clockSpreadMs: drag.clockSpreadMs,
        cpuPerMoveMs: drag.cpuPerMoveMs,
      },
      bareBaseline: { moves: bareOk.length, shown: bareShown, committed: bareCommitted },
      idle,
      playback: {
        ...playStats,
        monthsMoved,
        monthSteps,
        longTasks: play.longTasks.length,
        longestTaskMs: play.longTasks.length > 0 ? Math.max(...play.longTasks) : 0,
        cpuPerFrameMs: playCpu,
      },
      targets: {
        inputToPaintMedianUnder16ms: shown.median < 16,
        playback60fps: playStats.fps >= 58 && playStats.dropped <= Math.ceil(playStats.frames * 0.02),
      },
      profile,
      pageErrors: errors,
    };
    if (flag('--json')) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const ms = (x) => `${x.toFixed(1)} ms`;
      console.log(
        `Explorer browser benchmark — Chromium ${version}, ${result.cpu}, load ${result.loadavg.join(' ')}`,
      );
      console.log(
        `placement: slider "${placed.name}" and the whole chart inside the viewport (${placed.viewport}, scrolled to y = ${String(placed.scrollY)}; window ${placed.window})`,
      );
      console.log('');
      console.log(
        `(a) slider "${placed.name}" input → chart, ${String(ok.length)} runs (${String(missed)} without a chart change)`,
      );
      console.log('| step | median | p90 | min | max |');
      console.log('|---|---:|---:|---:|---:|');
      for (const [label, s] of [
        ['input → chart DOM updated', dom],
        ['input → painted (1st rAF + task)', paint],
        ['input → 2nd rAF (upper bound)', frame2],
      ]) {
        console.log(`| ${label} | ${ms(s.median)} | ${ms(s.p90)} | ${ms(s.min)} | ${ms(s.max)} |`);
      }
      console.log(
        `CPU per input: main thread ${ms(inputCpu.thread)}, renderer process (incl. the worker) ${ms(inputCpu.process)}; ` +
          `main-thread tasks: script ${ms(inputCpu.script)}, style ${ms(inputCpu.style)}, layout ${ms(inputCpu.layout)}`,
      );
      console.log('');
      console.log(
        `(c) mouse drag on "${placed.name}", ${String(dragOk.length)} moves at random frame phases (seed ${String(SEED)}; ${String(drag.records.length - dragOk.length)} without a presented change)`,
      );
      console.log('| step | median | p90 | min | max |');
      console.log('|---|---:|---:|---:|---:|');
      for (const [label, s] of [
        ['input (pointermove timeStamp) → chart DOM changed', changed],
        ['input → main thread commits the frame with the change', committed],
        ['input → frame with the change presented', shown],
      ]) {
        console.log(`| ${label} | ${ms(s.median)} | ${ms(s.p90)} | ${ms(s.min)} | ${ms(s.max)} |`);
      }
      console.log(
        `over budget (> 16 ms): ${(overBudget * 100).toFixed(0)} % of moves; frame carrying the change dropped: ${String(dragDropped)}; ` +
          `input phase within the frame: median ${ms(phase.median)}, p10–p90 ${ms(
            quantile(
              [...drag.records.map((r) => r.phase).filter((x) => x !== null)].sort((a, b) => a - b),
              0.1,
            ),
          )}–${ms(phase.p90)}`,
      );
      console.log(
        `CPU per move (trace thread time): main-thread tasks ${ms(drag.cpuPerMoveMs.mainThreadTasks)}, of which script ${ms(drag.cpuPerMoveMs.script)}`,
      );
      console.log(
        `inputs drawn in their own frame (from runs the worker made ahead): ${String(drag.inFrame.filter(Boolean).length)} of ${String(drag.inFrame.length)}`,
      );
      console.log('');
      console.log(
        `(d) the same drag on a bare page (a range input that redraws one SVG path; the browser's own floor), ${String(bareOk.length)} moves`,
      );
      console.log('| step | median | p90 | min | max |');
      console.log('|---|---:|---:|---:|---:|');
      for (const [label, s] of [
        ['input → main thread commits the frame with the change', bareCommitted],
        ['input → frame with the change presented', bareShown],
      ]) {
        console.log(`| ${label} | ${ms(s.median)} | ${ms(s.p90)} | ${ms(s.min)} | ${ms(s.max)} |`);
      }
      console.log('');
      console.log(`(b) diagram playback over ${String(PLAY_MS / 1000)} s`);
      console.log('| case | frames | mean fps | dropped | longest frame | months moved |');
      console.log('|---|---:|---:|---:|---:|---:|');
      console.log(
        `| idle page | ${String(idle.frames)} | ${idle.fps.toFixed(1)} | ${String(idle.dropped)} | ${ms(idle.longestMs)} | – |`,
      );
      console.log(
        `| playing | ${String(playStats.frames)} | ${playStats.fps.toFixed(1)} | ${String(playStats.dropped)} | ${ms(playStats.longestMs)} | ${String(monthsMoved)} (${String(monthSteps)} steps) |`,
      );
      console.log(
        `long tasks while playing: ${String(result.playback.longTasks)} (longest ${ms(result.playback.longestTaskMs)})`,
      );
      console.log(
        `CPU per frame while playing: main thread ${ms(playCpu.thread)} (${(playCpu.threadShare * 100).toFixed(0)} % of the time), renderer process ${ms(playCpu.process)}`,
      );
      console.log('');
      console.log(
        `targets: median input → paint < 16 ms (c): ${result.targets.inputToPaintMedianUnder16ms ? 'met' : 'NOT met'}; ` +
          `60 fps while playing: ${result.targets.playback60fps ? 'met' : 'NOT met'}`,
      );
      if (profile !== null) {
        console.log('');
        console.log('main-thread self time per input (--profile, unminified build)');
        console.log('| function | ms per input |');
        console.log('|---|---:|');
        for (const p of profile) console.log(`| ${p.name} | ${p.msPerInput.toFixed(2)} |`);
      }
      if (errors.length > 0) console.log(`page errors: ${errors.join('; ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await main();
} catch (e) {
  // A refusal (slider or chart off screen) or another failure: a clear message and a non-zero exit.
  console.error(`explorer benchmark: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
