// Part (c) of the explorer's browser benchmark: slider input → chart presented on screen, with real
// input at random moments within a frame (see docs/performance.md, "Explorer (browser)").
//
// A mouse drag on the slider through the DevTools protocol (`Input.dispatchMouseEvent`: trusted
// events that travel the browser's input pipeline as a real mouse's do, including Chrome's
// alignment of pointer moves to animation frames). Between two moves the script waits a random
// 45–95 ms (seeded), so the moves fall at random phases of the 16.7 ms frame. A Chrome trace is
// recorded meanwhile. For each move:
//   start   = the `pointermove` event's timeStamp (when the browser received the input);
//   changed = when the chart's lines changed (a MutationObserver on the explorer's line canvas's
//             data-revision, or on the bare page's path d; marked with performance.mark);
//   shown   = the presentation time of the first frame that contains the change: the first main-
//             thread `Commit` after the change (tasks and frames never interleave, so that commit
//             carries it), and the `PipelineReporter` of that frame's layer tree and sequence number
//             in the compositor, whose end is the moment the frame was presented (the same
//             timestamp Chrome's Event Timing uses). When that frame was dropped, the next
//             presented one.
// Also, in the page: whether each input's change was drawn by the first animation frame after it.
// Also from the trace: CPU time (thread time, not wall time) of the page's main thread per move,
// in all tasks and in script (top-level script events, garbage collection inside them included).
/* global window, document, MutationObserver, SVGPathElement, HTMLCanvasElement, HTMLInputElement, Element, requestAnimationFrame -- functions passed to evaluate run in the page */

import { requireInViewport } from './viewport.mjs';

/** A small seeded generator (mulberry32): the same seed gives the same delays on every run. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
];

/** What invalidated paint and layout, and where: only in a kept trace (it slows the page a little). */
const INVALIDATIONS = 'disabled-by-default-devtools.timeline.invalidationTracking';

const SCRIPT_EVENTS = new Set([
  'EventDispatch',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EvaluateScript',
  'v8.evaluateModule',
  'FireIdleCallback',
]);

/** Installs the page side: pointer timestamps, chart changes (with a performance mark each). */
async function installProbe(page) {
  await page.evaluate(() => {
    const probe = { moves: [], changes: [], inFrame: [] };
    window.__dragProbe = probe;
    // The explorer: whether each slider input's chart change was drawn by the first animation frame
    // after it (only a run made ahead can be; a worker's reply to a request made during the input
    // arrives after that frame). The bare page (part d) has no line canvas.
    const lines = document.querySelector('canvas.lines-canvas');
    if (lines !== null)
      window.addEventListener(
        'input',
        (e) => {
          if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'range') return;
          const before = lines.dataset.revision;
          requestAnimationFrame(() => probe.inFrame.push(lines.dataset.revision !== before));
        },
        { capture: true },
      );
    window.addEventListener(
      'pointermove',
      (e) => {
        if (e.isTrusted) probe.moves.push(e.timeStamp);
      },
      { capture: true },
    );
    const svg = document.querySelector('svg[data-export="chart"]');
    const root = svg?.parentElement ?? svg;
    if (root === null || root === undefined) throw new Error('no svg[data-export="chart"]');
    const observer = new MutationObserver((list) => {
      const inChart = list.some((m) => {
        // The explorer draws its lines on a canvas and bumps its data-revision after each drawing;
        // the bare page (part d) changes an SVG path's d.
        if (m.type === 'attributes')
          return (
            (m.target instanceof SVGPathElement && m.target.closest('svg[data-export="chart"]')) ||
            (m.target instanceof HTMLCanvasElement && m.attributeName === 'data-revision')
          );
        return [...m.addedNodes].some(
          (n) => n instanceof Element && (n.matches('path') || n.querySelector('path')),
        );
      });
      if (!inChart) return;
      const mark = performance.mark('bench:chart-changed');
      probe.changes.push({ at: mark.startTime, moves: probe.moves.length });
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['d', 'data-revision'],
    });
    probe.stop = () => observer.disconnect();
    performance.mark('bench:clock');
  });
}

async function trace(cdp, body, categories = CATEGORIES) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  const result = await body();
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return { events, result };
}

/**
 * Drags the slider with `moves` mouse moves at seeded random intervals and returns one record per
 * move (start, changed, shown in page milliseconds; null fields when not found), with CPU figures.
 */
export async function dragToPaint(
  page,
  cdp,
  slider,
  { moves, seed, warmup = 5, keepTrace = false, mustSee = [] },
) {
  // The page is not scrolled here: the caller places the slider and the chart (`mustSee`, pairs of
  // a name and a locator) in the viewport, and nothing is measured unless they are inside it.
  await requireInViewport(page, mustSee, 'the drag');
  const box = await slider.boundingBox();
  if (box === null) throw new Error('slider not visible');
  const y = box.y + box.height / 2;
  // The value under the pointer follows x; two bands so that every move changes the value.
  const random = seeded(seed);
  const xs = Array.from({ length: warmup + moves }, (_, i) => {
    const f = i % 2 === 0 ? 0.15 + random() * 0.3 : 0.55 + random() * 0.3;
    return box.x + f * box.width;
  });
  const delays = Array.from({ length: warmup + moves }, () => 45 + random() * 50);
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const mouse = (type, x) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });

  await installProbe(page);
  await mouse('mousePressed', box.x + box.width / 2);
  await sleep(100);
  for (let i = 0; i < warmup; i++) {
    await mouse('mouseMoved', xs[i]);
    await sleep(delays[i]);
  }
  const { events, result: probe } = await trace(
    cdp,
    async () => {
      const first = await page.evaluate(() => {
        window.__dragProbe.inFrame.splice(0);
        return window.__dragProbe.moves.length;
      });
      for (let i = warmup; i < warmup + moves; i++) {
        await mouse('mouseMoved', xs[i]);
        await sleep(delays[i]);
      }
      await sleep(100);
      const p = await page.evaluate(() => {
        const probe = window.__dragProbe;
        probe.stop();
        const clock = performance.getEntriesByName('bench:clock').at(-1)?.startTime ?? NaN;
        return { moves: probe.moves, changes: probe.changes, inFrame: probe.inFrame, clock };
      });
      return { ...p, first };
    },
    keepTrace ? [...CATEGORIES, INVALIDATIONS] : CATEGORIES,
  );
  await mouse('mouseReleased', xs.at(-1));
  // Still in view at the end (nothing scrolled or moved them away during the drag).
  await requireInViewport(page, mustSee, 'the drag (at its end)');
  const out = { ...analyse(events, probe, moves), inFrame: probe.inFrame };
  return keepTrace ? { ...out, events } : out;
}

function analyse(events, probe, moves) {
  // The renderer of the page: the process that recorded our marks.
  const clockMark = events.find((e) => e.name === 'bench:clock' || e.name === 'bench:chart-changed');
  if (clockMark === undefined) throw new Error('no performance marks in the trace');
  const pid = clockMark.pid;
  const main = clockMark.tid;
  // Page time (ms) ↔ trace time (µs): the marks' trace timestamps against their startTime.
  // The trace holds the marks of the last changes (those made while it recorded): align from the end.
  const changeMarks = events
    .filter((e) => e.pid === pid && e.name === 'bench:chart-changed' && e.ph !== 'e')
    .sort((a, b) => a.ts - b.ts);
  const skip = probe.changes.length - changeMarks.length;
  const offsets = changeMarks
    .map((e, i) => e.ts / 1000 - (probe.changes[skip + i]?.at ?? NaN))
    .filter(Number.isFinite);
  offsets.sort((a, b) => a - b);
  const offset = offsets[Math.floor(offsets.length / 2)] ?? NaN;
  const clockSpreadMs = (offsets.at(-1) ?? NaN) - (offsets[0] ?? NaN);
  const toPage = (ts) => ts / 1000 - offset;

  const commits = events
    .filter((e) => e.pid === pid && e.tid === main && e.name === 'Commit' && e.ph === 'X')
    .map((e) => ({ at: toPage(e.ts), seq: e.args?.frameSeqId, tree: e.args?.layerTreeId }))
    .sort((a, b) => a.at - b.at);
  // Frame reporters: begin (with sequence and state) and end (presentation) share an id per thread.
  const open = new Map();
  const frames = [];
  for (const e of events.filter((x) => x.pid === pid && x.name === 'PipelineReporter')) {
    const key = `${String(e.tid)}:${JSON.stringify(e.id2 ?? e.id)}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e') {
      const b = open.get(key);
      open.delete(key);
      const fr = b?.args?.frame_reporter;
      if (fr !== undefined)
        frames.push({
          seq: fr.frame_sequence,
          tree: fr.layer_tree_host_id,
          state: fr.state,
          begin: toPage(b.ts),
          end: toPage(e.ts),
        });
    }
  }
  const presented = frames.filter(
    (f) => f.state === 'STATE_PRESENTED_ALL' || f.state === 'STATE_PRESENTED_PARTIAL',
  );
  presented.sort((a, b) => a.seq - b.seq || a.end - b.end);
  const vsyncs = events
    .filter((e) => e.pid === pid && e.name === 'BeginFrame' && e.ph === 'I')
    .map((e) => toPage(e.ts))
    .sort((a, b) => a - b);

  // Each move's first chart change (the change recorded with that move as the latest one).
  const records = [];
  for (let i = probe.first; i < probe.moves.length && records.length < moves; i++) {
    const start = probe.moves[i];
    const next = probe.moves[i + 1] ?? Number.POSITIVE_INFINITY;
    const change = probe.changes.find((c) => c.moves === i + 1 && c.at < next);
    const record = { start, changed: null, shown: null, phase: null, dropped: false };
    const vsync = vsyncs.filter((v) => v <= start).at(-1);
    if (vsync !== undefined) record.phase = (start - vsync) % (1000 / 60);
    if (change !== undefined) {
      record.changed = change.at;
      const commit = commits.find((c) => c.at > change.at);
      if (commit !== undefined) {
        // Sequence numbers are per layer tree; the frame also has to end after the commit.
        const frame = presented.find(
          (f) => f.tree === commit.tree && f.seq >= commit.seq && f.end >= commit.at,
        );
        record.dropped = frame !== undefined && frame.seq !== commit.seq;
        record.commit = commit.at;
        if (frame !== undefined) {
          record.shown = frame.end;
          record.frameBegin = frame.begin;
        }
      }
    }
    records.push(record);
  }

  // Main-thread CPU (thread time) during the measured moves.
  const t0 = probe.moves[probe.first] ?? 0;
  const t1 = probe.moves.at(-1) ?? 0;
  const mainX = events
    .filter(
      (e) =>
        e.pid === pid && e.tid === main && e.ph === 'X' && toPage(e.ts) >= t0 && toPage(e.ts) <= t1 + 100,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let taskCpu = 0;
  let scriptCpu = 0;
  let scriptEnd = -1;
  for (const e of mainX) {
    if (e.name === 'RunTask') taskCpu += (e.tdur ?? 0) / 1000;
    if (SCRIPT_EVENTS.has(e.name) && e.ts >= scriptEnd) {
      scriptCpu += (e.tdur ?? 0) / 1000;
      scriptEnd = e.ts + e.dur;
    }
  }
  const n = Math.max(1, records.length);
  return { records, clockSpreadMs, cpuPerMoveMs: { mainThreadTasks: taskCpu / n, script: scriptCpu / n } };
}
