import XMLBuilder from 'fast-xml-builder';
import type { XmileDocument, XmileVariable } from './xmile-document.js';
import { xmileNumber } from './xmile-number.js';

/** The XMILE 1.0 namespace (OASIS). */
export const XMILE_NAMESPACE = 'http://docs.oasis-open.org/xmile/ns/XMILE/v1.0';

/** Version of this package written into the header's `product` element. */
const PRODUCT_VERSION = '0.1.0';

type Node = Record<string, unknown>;

const text = (value: string): Node => ({ '#text': value });
const element = (tag: string, children: Node[], attributes: Record<string, string> = {}): Node => {
  const node: Node = { [tag]: children };
  const attrs = Object.entries(attributes);
  if (attrs.length > 0) node[':@'] = Object.fromEntries(attrs.map(([k, v]) => [`@_${k}`, v]));
  return node;
};
const leaf = (tag: string, value: string, attributes: Record<string, string> = {}): Node =>
  element(tag, [text(value)], attributes);

function variableNode(v: XmileVariable): Node {
  const children: Node[] = [leaf('eqn', v.eqn)];
  for (const flow of v.inflows ?? []) children.push(leaf('inflow', flow));
  for (const flow of v.outflows ?? []) children.push(leaf('outflow', flow));
  if (v.units !== undefined) children.push(leaf('units', v.units));
  if (v.doc !== undefined) children.push(leaf('doc', v.doc));
  return element(v.kind, children, { name: v.name });
}

/**
 * Writes an {@link XmileDocument} as XMILE 1.0 text: XML declaration, `xmile` root in the OASIS
 * namespace, header (vendor, product, model name), `sim_specs` (start, stop, dt, method, months)
 * and one `model` with its variables in the given order. Text and attributes are escaped by the
 * XML builder (`&`, `<`, `>`, quotes).
 */
export function writeXmile(doc: XmileDocument): string {
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
  });
  const tree: Node[] = [
    element(
      'xmile',
      [
        element('header', [
          leaf('vendor', 'Samenspel'),
          leaf('product', 'Samenspel', { version: PRODUCT_VERSION, lang: 'en' }),
          leaf('name', doc.name),
        ]),
        element(
          'sim_specs',
          [
            leaf('start', xmileNumber(doc.start)),
            leaf('stop', xmileNumber(doc.stop)),
            leaf('dt', xmileNumber(doc.dt)),
          ],
          {
            method: doc.method,
            time_units: 'month',
          },
        ),
        element('model', [element('variables', doc.variables.map(variableNode))]),
      ],
      { version: '1.0', xmlns: XMILE_NAMESPACE },
    ),
  ];
  const body = builder.build(tree).trim();
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
}
