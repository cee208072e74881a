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
    // Only the statements table: from its heading to the next heading (other tables list codes).
    const start = doc.indexOf('### The ICU questionnaire');
    const end = doc.indexOf('\n#', start + 1);
    const section = doc.slice(start, end === -1 ? undefined : end);
    const rows = section.split('\n').filter((l) => /^\| `[A-Za-z0-9_]+` \| /.test(l));
    expect(start).toBeGreaterThan(-1);
    expect(rows).toHaveLength(icuQuestionnaire.statements.length);
  });
});
