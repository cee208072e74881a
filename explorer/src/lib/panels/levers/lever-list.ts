import type { Model, SourceRef } from '@samenspel/core';
import { tr, type Lang } from '../../model.js';

/** A lever as the lever list shows it. */
export interface LeverItem {
  /** Lever id. */
  readonly id: string;
  /** Its name in the interface language. */
  readonly label: string;
  /** What a region does and what the lever does in the model, in the interface language. */
  readonly description: string;
  /** Id of the mechanism it strengthens. */
  readonly mechanism: string;
  /** That mechanism's name in the interface language. */
  readonly mechanismLabel: string;
  /** The seed passage that recommends it. */
  readonly source: SourceRef;
}

/** The model's levers grouped by mechanism, mechanisms in model order, levers in model order within. */
export function leverGroups(
  model: Model,
  lang: Lang,
): { readonly mechanism: string; readonly label: string; readonly levers: readonly LeverItem[] }[] {
  return model.mechanisms
    .map((m) => ({
      mechanism: m.id,
      label: tr(m.label, lang),
      levers: model.levers
        .filter((l) => l.mechanism === m.id)
        .map((l) => ({
          id: l.id,
          label: tr(l.label, lang),
          description: tr(l.description, lang),
          mechanism: m.id,
          mechanismLabel: tr(m.label, lang),
          source: l.source,
        })),
    }))
    .filter((g) => g.levers.length > 0);
}
