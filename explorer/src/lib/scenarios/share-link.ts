import { parseScenario, type DiagnosticParams, type Model, type Scenario } from '@samenspel/core';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { writable, type Readable } from 'svelte/store';
import { model } from '../model.js';
import type { Problem, ShareLinkProblemCode } from './problems.js';

/**
 * Share links carry the whole scenario in the address's hash: `#s=<data>&v=1`, where `<data>` is
 * the scenario JSON (the CLI's format) compressed with lz-string's `compressToEncodedURIComponent`
 * and `v` the version of this encoding. Reading a link validates the scenario exactly like an
 * imported file; a link that cannot be read is refused with every problem named.
 */
export const SHARE_LINK_VERSION = 1;

/** Longest `s=` value accepted (a full scenario compresses to well under 2,000 characters). */
export const MAX_LINK_DATA = 20_000;

/** Longest decompressed scenario text accepted. */
const MAX_LINK_JSON = 1_000_000;

/** Why a share link was refused. */
export type ShareLinkReason = 'malformed' | 'version' | 'invalid';

/** A refused share link: the reason and every problem (each naming the field). */
export interface ShareLinkProblem {
  /** What kind of problem. */
  readonly reason: ShareLinkReason;
  /**
   * The problems: of the link itself (a {@link ShareLinkProblemCode}), or of its scenario as the
   * engine reports them for a scenario file.
   */
  readonly diagnostics: readonly Problem[];
}

/** What a page address holds: no share link, a valid scenario, or a refused link. */
export type ShareLinkRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario }
  | ({ readonly kind: 'refused' } & ShareLinkProblem);

const problem = (
  reason: ShareLinkReason,
  code: ShareLinkProblemCode,
  path: string,
  message: string,
  params?: DiagnosticParams,
): ShareLinkRead => ({
  kind: 'refused',
  reason,
  diagnostics: [params === undefined ? { code, path, message } : { code, path, message, params }],
});

/** The key/value pairs of a hash (`#a=1&b=2`). Not URLSearchParams: it would turn lz-string's `+` into a space. */
export function hashParams(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return out;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (!out.has(key)) out.set(key, part.slice(eq + 1));
  }
  return out;
}

/** The hash of a share link for `scenario`: `#s=<compressed JSON>&v=1`. */
export function shareHash(scenario: Scenario): string {
  return `#s=${compressToEncodedURIComponent(JSON.stringify(scenario))}&v=${String(SHARE_LINK_VERSION)}`;
}

/** Reads a page address's hash. Never throws: whatever the hash holds, the answer is a value. */
export function readShareHash(hash: string, against: Model = model): ShareLinkRead {
  const params = hashParams(hash);
  const data = params.get('s');
  if (data === undefined) return { kind: 'none' };
  const version = params.get('v');
  if (version !== undefined && version !== String(SHARE_LINK_VERSION)) {
    const shown = version.length > 20 ? `${version.slice(0, 20)}…` : version;
    return problem(
      'version',
      'link_version',
      'v',
      `link version ${JSON.stringify(shown)} is not supported; this explorer reads version ${String(SHARE_LINK_VERSION)}`,
      { value: shown, known: [String(SHARE_LINK_VERSION)] },
    );
  }
  const malformed = (code: ShareLinkProblemCode, message: string, params?: DiagnosticParams): ShareLinkRead =>
    problem('malformed', code, '', message, params);
  if (data === '') return malformed('link_empty', 'the link holds no scenario data');
  if (data.length > MAX_LINK_DATA)
    return malformed('link_too_long', `the link data is too long (${String(data.length)} characters)`, {
      value: data.length,
      max: MAX_LINK_DATA,
    });
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(data);
  } catch {
    json = null;
  }
  // lz-string answers null or '' for data it cannot decompress.
  if (typeof json !== 'string' || json === '')
    return malformed('link_undecodable', 'the link data cannot be decompressed; it is damaged or incomplete');
  if (json.length > MAX_LINK_JSON) return malformed('link_too_large', 'the link data is too large');
  const parsed = parseScenario(against, json);
  if (parsed.ok) return { kind: 'ok', scenario: parsed.scenario };
  const reason = parsed.diagnostics.some((d) => d.code === 'invalid_json') ? 'malformed' : 'invalid';
  return { kind: 'refused', reason, diagnostics: parsed.diagnostics };
}

const problemStore = writable<ShareLinkProblem | null>(null);

/** The problem of the last share link read at start (or by a hash change); null when none. */
export const shareLinkProblem: Readable<ShareLinkProblem | null> = { subscribe: problemStore.subscribe };

let lastProblem: ShareLinkProblem | null = null;

/** The problem of the last share link read, or null. */
export function lastShareLinkError(): ShareLinkProblem | null {
  return lastProblem;
}

/** Forgets the last problem (the user dismissed the notice). */
export function clearShareLinkError(): void {
  lastProblem = null;
  problemStore.set(null);
}

/**
 * The scenario carried by the page address, if any. A refused link gives null and its problem is
 * kept for the notice ({@link shareLinkProblem}, {@link lastShareLinkError}).
 */
export function scenarioFromLocation(location: Pick<Location, 'hash'>): Scenario | null {
  const read = readShareHash(location.hash);
  if (read.kind === 'none') return null;
  if (read.kind === 'ok') {
    clearShareLinkError();
    return read.scenario;
  }
  lastProblem = { reason: read.reason, diagnostics: read.diagnostics };
  problemStore.set(lastProblem);
  return null;
}

/** The address of the page without query or hash, from a location. */
export function pageBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/** A share link: the page address, `?lang=en` when English is chosen, and the scenario's hash. */
export function shareUrl(base: string, scenario: Scenario, lang: 'nl' | 'en' = 'nl'): string {
  const query = lang === 'en' ? '?lang=en' : '';
  return `${base}${query}${shareHash(scenario)}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** What the embed code needs. */
export interface EmbedOptions {
  /** Page address without query or hash. */
  readonly base: string;
  /** The scenario to show. */
  readonly scenario: Scenario;
  /** Accessible title of the frame (user text is escaped). */
  readonly title: string;
  /** Width in CSS pixels. */
  readonly width?: number;
  /** Height in CSS pixels. */
  readonly height?: number;
  /** Interface language of the embedded view. */
  readonly lang?: 'nl' | 'en';
}

/** Default size of an embedded view: the diagram above the chart. */
export const EMBED_SIZE = { width: 960, height: 900 } as const;

/** The `<iframe>` code that shows the scenario's diagram and chart without controls (`?embed=1`). */
export function embedCode(options: EmbedOptions): string {
  const width = Math.round(options.width ?? EMBED_SIZE.width);
  const height = Math.round(options.height ?? EMBED_SIZE.height);
  const query = options.lang === 'en' ? '?embed=1&lang=en' : '?embed=1';
  const src = `${options.base}${query}${shareHash(options.scenario)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" width="${String(width)}" height="${String(height)}"></iframe>`;
}
