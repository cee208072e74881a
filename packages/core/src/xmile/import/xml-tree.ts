import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XmileError } from './xmile-error.js';

/** An XML element with its attributes, child elements in document order, and text. */
export interface XmlElement {
  /** Tag name as written, prefix included (e.g. `aux`, `isee:prefs`). */
  readonly tag: string;
  /** Attributes by name. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Child elements in document order. */
  readonly children: readonly XmlElement[];
  /** The element's own text (entities decoded), untrimmed. */
  readonly text: string;
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

function toElement(node: Ordered): XmlElement | null {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text' || tag.startsWith('?') || tag.startsWith('#')) return null;
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const content = (node[tag] ?? []) as Ordered[];
  const children: XmlElement[] = [];
  let text = '';
  for (const c of content) {
    if ('#text' in c) text += String(c['#text']);
    else {
      const el = toElement(c);
      if (el) children.push(el);
    }
  }
  return { tag, attrs, children, text };
}

/** Parses XML text into its root element. Throws {@link XmileError} (element `xml`) for malformed XML, naming the line. */
export function parseXmlTree(text: string): XmlElement {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still shipped in fast-xml-parser 5; its successor is a separate package we do not depend on
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new XmileError('xml', `malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const nodes = parser.parse(text) as Ordered[];
  for (const n of nodes) {
    const el = toElement(n);
    if (el) return el;
  }
  throw new XmileError('xml', 'the document has no root element');
}

/** The local part of a tag name (`isee:prefs` → `prefs`). */
export const localName = (tag: string): string => tag.slice(tag.indexOf(':') + 1);

/** True for tags in another namespace (vendor extensions such as `isee:…`), which the importer skips. */
export const isVendorTag = (tag: string): boolean => tag.includes(':');

/** The children of `el` with this tag (default namespace only). */
export const childrenNamed = (el: XmlElement, tag: string): XmlElement[] =>
  el.children.filter((c) => c.tag === tag);

/** The first child of `el` with this tag, if any. */
export const childNamed = (el: XmlElement, tag: string): XmlElement | undefined =>
  el.children.find((c) => c.tag === tag);
