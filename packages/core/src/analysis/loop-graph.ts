import type { Model } from '../model/model-types.js';

/** One edge of a model's influence graph: a link, or a moderator's influence on a link's target. */
export interface InfluenceEdge {
  /** Edge id: the link id, or `<linkId>#<moderatorIndex>` for a moderator. */
  readonly id: string;
  /** Index of the link this edge belongs to. */
  readonly link: number;
  /** Moderator index within the link, or -1 for the link itself. */
  readonly moderator: number;
  /** Source variable id. */
  readonly from: string;
  /** Target factor id. */
  readonly to: string;
  /** +1 when a rise of the source raises the target, −1 when it lowers it. */
  readonly sign: 1 | -1;
}

/**
 * The influence graph of a model: every link, plus for every moderator an edge from the moderating
 * variable to the link's target (a gate or amplifier is a positive influence; a damper on a
 * positive link is a negative one).
 */
export function influenceEdges(model: Model): InfluenceEdge[] {
  const edges: InfluenceEdge[] = [];
  model.links.forEach((link, l) => {
    const linkSign = link.polarity === 'positive' ? 1 : -1;
    edges.push({ id: link.id, link: l, moderator: -1, from: link.from, to: link.to, sign: linkSign });
    (link.moderators ?? []).forEach((m, j) => {
      const modSign = m.effect === 'dampen' ? -1 : 1;
      edges.push({
        id: `${link.id}#${String(j)}`,
        link: l,
        moderator: j,
        from: m.by,
        to: link.to,
        sign: (linkSign * modSign) as 1 | -1,
      });
    });
  });
  return edges;
}
