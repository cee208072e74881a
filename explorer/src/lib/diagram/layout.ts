/**
 * The hand-designed, stable layout of the causal-loop diagram of the ICU model. Coordinates are in
 * the diagram's own units (the SVG viewBox); the diagram scales to its container.
 *
 * The mechanisms are placed as the source describes them: the context along the top (starting
 * top-left), building and maintaining collaboration on the left and centre, collaborating in a
 * network on the right, achieving results bottom-right, and the pseudo-collaboration elements (the
 * obligation) at the bottom between seeking each other out and operationalising. Factors that two
 * or three mechanisms share sit between their groups (pioneer motivation between context and
 * building, local implementation where context, network and results meet, seeking each other out
 * between building and pseudo-collaboration, operationalising between network and
 * pseudo-collaboration). No force layout: the same model always looks the same.
 */

/** Where a node's name is written relative to its circle. */
export type LabelSide = 'below' | 'above' | 'left' | 'right';

/** Placement of one factor or input. */
export interface NodePlacement {
  /** Centre x. */
  readonly x: number;
  /** Centre y. */
  readonly y: number;
  /** Side of the circle its name is written on. */
  readonly label: LabelSide;
  /** Longest line (characters) before the name wraps. */
  readonly wrap: number;
  /** Shift of the name along the circle's side (down for left/right names, right for names above/below). */
  readonly shift?: number;
}

/** A faint mechanism region drawn behind the nodes. */
export interface RegionPlacement {
  /** Nodes the region is drawn around (a padded hull). */
  readonly members: readonly string[];
  /** Padding around the member circles. */
  readonly pad: number;
  /** Where the mechanism's name is written. */
  readonly labelAt: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' };
  /** Longest line (characters) before the region name wraps. */
  readonly wrap: number;
}

/** Drawing hints for one link. */
export interface LinkHint {
  /** Bend of the curve as a share of its length (positive: to the right of its direction). */
  readonly curvature?: number;
  /** Where along the curve (0–1) a moderated link shows its gate or damper symbol. */
  readonly gateAt?: number;
}

/** Size of the drawing (viewBox units). */
export const VIEW = { width: 1000, height: 760 } as const;

/** Radius of a factor's circle. */
export const NODE_RADIUS = 28;

/** Font sizes (viewBox units) of factor names: normal and presentation mode. */
export const LABEL_FONT = { normal: 18, presentation: 22 } as const;

/** Font size (viewBox units) of the mechanism names. */
export const REGION_FONT = 17;

/** Size of the colour swatch before a mechanism's name. */
export const SWATCH = 12;

/** Positions of every factor and input of the ICU model. */
export const NODES: Readonly<Record<string, NodePlacement>> = {
  // Context: along the top, starting top-left.
  externalContext: { x: 90, y: 96, label: 'below', wrap: 12 },
  providerCircumstances: { x: 400, y: 82, label: 'right', wrap: 14 },
  // Shared by context, network and results.
  localImplementation: { x: 880, y: 100, label: 'left', wrap: 12 },
  // Shared by context and building.
  pioneerMotivation: { x: 250, y: 260, label: 'left', wrap: 14, shift: -18 },
  // Building and maintaining collaboration: left and centre.
  supportForCollaboration: { x: 86, y: 410, label: 'above', wrap: 12 },
  gettingToKnowEachOther: { x: 120, y: 610, label: 'below', wrap: 16 },
  trust: { x: 250, y: 450, label: 'right', wrap: 14 },
  // Shared by building and pseudo-collaboration.
  seekingEachOtherOut: { x: 390, y: 585, label: 'below', wrap: 16 },
  // Collaborating in a network: right.
  collectiveIntelligence: { x: 580, y: 370, label: 'left', wrap: 12 },
  experiencedAddedValue: { x: 825, y: 290, label: 'right', wrap: 9 },
  commonGround: { x: 740, y: 470, label: 'right', wrap: 13 },
  // Shared by network and pseudo-collaboration.
  operationalisingCollaboration: { x: 640, y: 570, label: 'right', wrap: 16 },
  // Achieving results: bottom-right.
  optimalPatientCare: { x: 925, y: 640, label: 'left', wrap: 14 },
  // Pseudo-collaboration: the obligation between seeking each other out and operationalising.
  networkObligation: { x: 520, y: 700, label: 'right', wrap: 16 },
};

/** Mechanism regions (faint, behind everything). */
export const REGIONS: Readonly<Record<string, RegionPlacement>> = {
  context: {
    members: ['externalContext', 'providerCircumstances', 'localImplementation', 'pioneerMotivation'],
    pad: 46,
    labelAt: { x: 40, y: 28, anchor: 'start' },
    wrap: 30,
  },
  building: {
    members: [
      'pioneerMotivation',
      'supportForCollaboration',
      'gettingToKnowEachOther',
      'trust',
      'seekingEachOtherOut',
    ],
    pad: 46,
    labelAt: { x: 40, y: 750, anchor: 'start' },
    wrap: 44,
  },
  network: {
    members: [
      'collectiveIntelligence',
      'experiencedAddedValue',
      'commonGround',
      'operationalisingCollaboration',
      'localImplementation',
    ],
    pad: 46,
    labelAt: { x: 640, y: 240, anchor: 'start' },
    wrap: 30,
  },
  results: {
    members: ['localImplementation', 'optimalPatientCare'],
    pad: 40,
    labelAt: { x: 965, y: 750, anchor: 'end' },
    wrap: 20,
  },
  pseudo: {
    members: ['networkObligation', 'seekingEachOtherOut', 'operationalisingCollaboration'],
    pad: 40,
    labelAt: { x: 560, y: 750, anchor: 'start' },
    wrap: 30,
  },
};

/** Drawing hints: parallel links, gate positions. Links without a hint are bent automatically. */
export const LINK_HINTS: Readonly<Record<string, LinkHint>> = {
  'pioneerMotivation-supportForCollaboration': { curvature: -0.14 },
  'supportForCollaboration-pioneerMotivation': { curvature: -0.14 },
  'networkObligation-seekingEachOtherOut': { curvature: 0.08 },
  'networkObligation-seekingEachOtherOut-change': { curvature: 0.42 },
};

/**
 * The pseudo-collaboration overlay: the formal path the obligation opens (obligation → seeking each
 * other out → operationalising) and the collective-intelligence path it skips.
 */
export const PSEUDO_PATH = {
  /** Nodes of the formal path. */
  nodes: ['networkObligation', 'seekingEachOtherOut', 'operationalisingCollaboration'],
  /** Links of the formal path. */
  links: [
    'networkObligation-seekingEachOtherOut',
    'networkObligation-seekingEachOtherOut-change',
    'seekingEachOtherOut-operationalisingCollaboration',
  ],
  /** Moderator edges of the formal path (the obligation gates formalising). */
  moderators: ['seekingEachOtherOut-operationalisingCollaboration#0'],
  /** Nodes of the skipped collective-intelligence path (greyed). */
  skippedNodes: ['collectiveIntelligence', 'experiencedAddedValue', 'commonGround'],
  /** Links of the skipped path (greyed). */
  skippedLinks: [
    'seekingEachOtherOut-collectiveIntelligence',
    'collectiveIntelligence-operationalisingCollaboration',
    'collectiveIntelligence-experiencedAddedValue',
    'experiencedAddedValue-commonGround',
    'commonGround-collectiveIntelligence',
    'experiencedAddedValue-operationalisingCollaboration',
    'commonGround-operationalisingCollaboration',
    'operationalisingCollaboration-localImplementation',
  ],
} as const;
