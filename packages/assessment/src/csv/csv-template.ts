import type { Language, Questionnaire } from '@samenspel/core';

/**
 * A CSV template for a survey tool export, comma-separated, UTF-8 text without BOM: a header line
 * (`group`, then one column per statement id in questionnaire order, then an optional free-text
 * `comment`) and one example row per group
 * whose cells are empty. Above the header, lines starting with `#` explain the group values, the
 * answer codes and each statement in the chosen language; {@link parseResponsesCsv} skips them.
 */
export function csvTemplate(q: Questionnaire, lang: Language): string {
  const scale = q.scale.labels[lang].map((label, i) => `${String(i + 1)} = ${label}`).join('; ');
  const dontKnow = lang === 'nl' ? 'leeg of ? =' : 'empty or ? =';
  const groupWord = lang === 'nl' ? 'group (id of naam)' : 'group (id or name)';
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;
  const lines = [
    comment(`${groupWord}: ${q.groups.map((g) => `${g.id} = ${g.label[lang]}`).join('; ')}`),
    comment(`${scale}; ${dontKnow} ${q.scale.dontKnow[lang]}`),
    ...q.statements.map((s) => comment(`${s.id}: ${s.text[lang]}`)),
    comment(
      lang === 'nl'
        ? 'comment: opmerkingen en suggesties (vrije tekst, zonder namen)'
        : 'comment: remarks and suggestions (free text, no names)',
    ),
    ['group', ...q.statements.map((s) => s.id), 'comment'].join(','),
    ...q.groups.map((g) => [g.id, ...q.statements.map(() => ''), ''].join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
