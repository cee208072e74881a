import type { Language, Link, Model, Moderator, PatternCondition } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describeEffect } from '../format/effect.js';
import { table } from '../format/table.js';
import { chosenLanguage, flagValue, langFlag, listingFormatFlag } from '../options.js';
import type { Command } from './command.js';

function moderatorText(m: Moderator): string {
  return m.effect === 'gate'
    ? `gated by ${m.by} (threshold ${String(m.threshold)}, steepness ${String(m.steepness)})`
    : `${m.effect === 'amplify' ? 'amplified' : 'dampened'} by ${m.by} (strength ${String(m.strength)})`;
}

/** A link as text: `from → to  positive, weight 0.5[, delay …, moderators]`, then its quote and source. */
export function linkText(link: Link): string {
  const traits: string[] = [link.polarity, `weight ${String(link.weight)}`];
  if (link.delay !== undefined) traits.push(`delay ${String(link.delay)} months`);
  if (link.signal === 'rise') traits.push(`signal rise (riseTime ${String(link.riseTime ?? '?')})`);
  for (const m of link.moderators ?? []) traits.push(moderatorText(m));
  return [
    `  ${link.from} → ${link.to}  ${traits.join(', ')}`,
    `    "${link.source.quote}"`,
    `    (${link.source.file}, ${link.source.section})`,
  ].join('\n');
}

function conditionText(c: PatternCondition): string {
  const parts = [];
  if (c.atLeast !== undefined) parts.push(`${c.variable} ≥ ${String(c.atLeast)}`);
  if (c.atMost !== undefined) parts.push(`${c.variable} ≤ ${String(c.atMost)}`);
  return parts.join(', ');
}

/** The whole model as readable text: factors, inputs, links with quotes, mechanisms, parameters, levers, patterns. */
export function modelText(model: Model, lang: Language): string {
  const out: string[] = [`${model.id}: ${model.label[lang]}`, model.description[lang], ''];
  out.push(`Factors (${String(model.factors.length)})`);
  out.push(
    table(
      model.factors.map((f) => [
        f.id,
        f.label[lang],
        f.exogenous
          ? `exogenous, initial ${String(f.initial)}`
          : `initial ${String(f.initial)}, growthRate ${String(f.growthRate)}, erosion ${String(f.erosion)}, halfSaturation ${String(f.halfSaturation)}, steepness ${String(f.steepness)}`,
        `[${f.mechanisms.join(', ')}]`,
      ]),
      '  ',
    ).trimEnd(),
  );
  out.push('', `Inputs (${String(model.inputs.length)})`);
  out.push(
    table(
      model.inputs.map((i) => [
        i.id,
        i.label[lang],
        `default ${String(i.default)}`,
        `[${i.mechanisms.join(', ')}]`,
      ]),
      '  ',
    ).trimEnd(),
  );
  out.push('', `Links (${String(model.links.length)})`, ...model.links.map(linkText));
  out.push('', `Mechanisms (${String(model.mechanisms.length)})`);
  for (const m of model.mechanisms) out.push(`  ${m.id}: ${m.label[lang]} — ${m.factors.join(', ')}`);
  out.push('', `Parameters (${String(model.parameters.length)})`);
  for (const p of model.parameters) {
    out.push(
      `  ${p.id}: ${p.label[lang]} — ${String(p.value)} ${p.unit} [${String(p.min)}, ${String(p.max)}]; ${p.effects.map(describeEffect).join('; ')}`,
    );
  }
  out.push('', `Levers (${String(model.levers.length)}; details: samenspel levers)`);
  for (const l of model.levers) out.push(`  ${l.id}: ${l.label[lang]} [${l.mechanism}]`);
  out.push('', `Patterns (${String(model.patterns.length)})`);
  for (const p of model.patterns) {
    const when = p.window === 'end' ? 'over the last' : 'for at least';
    out.push(
      `  ${p.id}: ${p.label[lang]} — ${p.conditions.map(conditionText).join(', ')} ${when} ${String(p.minMonths)} months`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** `samenspel model`: the ICU model itself, as data (JSON) or readable text. */
export const modelCommand: Command = {
  name: 'model',
  summary: 'print the ICU model: factors, links with their source quotes, mechanisms',
  details: [
    'json: the model definition itself (factors, inputs, links each with its source',
    '{ file, section, quote }, mechanisms, parameters, levers, patterns), both languages.',
    'text: factors, inputs, links (from → to, polarity, weight, quote), mechanisms, parameters,',
    'levers and patterns; labels in the language of --lang.',
  ].join('\n'),
  args: { positionals: [], flags: { format: listingFormatFlag, lang: langFlag } },
  examples: ['model', 'model --lang en', 'model --format json'],
  execute(args, io) {
    if (flagValue(args, 'format', listingFormatFlag) === 'json') {
      io.stdout(`${JSON.stringify(icuNetworkModel)}\n`);
    } else {
      io.stdout(modelText(icuNetworkModel, chosenLanguage(args)));
    }
    return Promise.resolve(0);
  },
};
