import type { Link, Model } from '@samenspel/core';

function term(link: Link): string {
  const source =
    link.signal === 'rise'
      ? `rise_${String(link.riseTime)}(${link.from})`
      : link.delay !== undefined
        ? `delay_${String(link.delay)}(${link.from})`
        : link.from;
  const mods = (link.moderators ?? []).map((m) =>
    m.effect === 'gate'
      ? `g(${m.by}; θ=${String(m.threshold)}, n=${String(m.steepness)})`
      : m.effect === 'amplify'
        ? `(1 + ${String(m.strength)}·${m.by})`
        : `max(0, 1 − ${String(m.strength)}·${m.by})`,
  );
  const sign = link.polarity === 'positive' ? `D_${link.to} +=` : `N_${link.to} +=`;
  return `${sign} ${[String(link.weight), source, ...mods].join(' · ')}`;
}

function parameters(link: Link): string {
  const ids = [`\`${link.id}.weight\``];
  if (link.delay !== undefined) ids.push(`\`${link.id}.delay\``);
  return ids.join(', ');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The per-link table of docs/model.md: one row per link with its equation term, the parameter ids
 * a scenario can override, and the verbatim seed quote (with the quotes of its conditions).
 */
export function linkTable(model: Model): string {
  const rows = model.links.map((l) => {
    const quotes = [
      l.source.quote,
      ...(l.moderators ?? []).flatMap((m) =>
        m.source === undefined ? [] : [`condition: ${m.source.quote}`],
      ),
    ];
    return `| ${l.from} → ${l.to} | ${l.polarity === 'positive' ? '+' : '−'} | \`${cell(term(l))}\` | ${parameters(l)} | ${cell(quotes.map((q) => `“${q}”`).join(' — '))} (${cell(l.source.section)}) |`;
  });
  return [
    '| link | sign | equation term | parameters | seed quote (section) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The per-factor table of docs/model.md: growth rate, erosion, half-saturation, steepness, default start. */
export function factorTable(model: Model): string {
  const rows = model.factors
    .filter((f) => !f.exogenous)
    .map(
      (f) =>
        `| ${f.id} | ${f.label.nl} | ${String(f.growthRate)} | ${String(f.erosion)} | ${String(f.halfSaturation)} | ${String(f.steepness)} | ${String(f.initial)} |`,
    );
  return [
    '| factor | Dutch name | r (1/month) | e (1/month) | K | n | default start |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The lever table of docs/model.md: each lever's mechanism and effects per unit of intensity. */
export function leverTable(model: Model): string {
  const rows = model.levers.map((l) => {
    const effects = l.effects.map((e) =>
      e.target === 'weight'
        ? `weight of ${e.link} × (1 + ${String(e.size)}·v)`
        : e.target === 'inflow'
          ? `drive of ${e.factor} + ${String(e.size)}·v`
          : e.target === 'growthRate'
            ? `growth rate of ${e.factor} × (1 + ${String(e.size)}·v)`
            : `erosion of ${e.factor} + ${String(e.size)}·v`,
    );
    return `| \`${l.id}\` | ${l.label.nl} | ${l.mechanism} | ${effects.join('; ')} | “${cell(l.source.quote)}” |`;
  });
  return [
    '| lever | Dutch name | mechanism | effect at intensity v | seed quote |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Replaces the text between `<!-- begin NAME -->` and `<!-- end NAME -->` markers. */
export function replaceGenerated(doc: string, name: string, content: string): string {
  const begin = `<!-- begin ${name} (generated from the model; run pnpm docs:model) -->`;
  const end = `<!-- end ${name} -->`;
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/model.md lacks the markers of ${name}`);
  return `${doc.slice(0, a + begin.length)}\n${content}\n${doc.slice(b)}`;
}
