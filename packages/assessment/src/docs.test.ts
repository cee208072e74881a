import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { icuQuestionnaire } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';

const docPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/assessment.md');
const doc = readFileSync(docPath, 'utf8');

describe('docs/assessment.md', () => {
  it('lists every statement of the ICU questionnaire with its factor, direction and English text', () => {
    for (const s of icuQuestionnaire.statements) {
      const line = `| \`${s.id}\` | ${s.factor} | ${s.reversed === true ? 'yes' : ''} | ${s.text.en} |`;
      expect(doc, s.id).toContain(line);
    }
    const rows = doc.split('\n').filter((l) => /^\| `[A-Za-z0-9_]+` \| /.test(l));
    expect(rows).toHaveLength(icuQuestionnaire.statements.length);
  });
});
