// Reads BBB's XML answers through xmlbuilder2's DOM (text with entities decoded, CDATA included),
// never eval: a repeated element is a list and a single one a list of one, so "one recording"
// and "two recordings" read the same way. Entities declared in a DOCTYPE are never expanded.
import { create } from 'xmlbuilder2';

/** An element of a BBB answer: its child elements by name, in order, and its own text. */
export type XmlElement = { name: string; text: string; children: XmlElement[] };

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };
const ELEMENT = 1;

function toElement(node: DomNode): XmlElement {
  const children = Array.from(node.childNodes)
    .filter((c) => c.nodeType === ELEMENT)
    .map(toElement);
  return { name: node.nodeName, text: (node.textContent ?? '').trim(), children };
}

/** The document's root element, or null when the body is not XML. */
export function parseXml(xml: string): XmlElement | null {
  try {
    return toElement(create(xml).root().node as unknown as DomNode);
  } catch {
    return null;
  }
}

export const all = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el ? el.children.filter((c) => c.name === name) : [];
export const first = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c) => c.name === name);
/** The trimmed text of the first child of that name, '' when absent. */
export const textOf = (el: XmlElement | undefined, name: string): string => first(el, name)?.text ?? '';

/** The envelope every BBB answer shares. */
export type BbbEnvelope = { returncode: string; messageKey: string; message: string; root: XmlElement };

/** `<response><returncode>…` or null when the body is not a BBB response. */
export function parseBbbResponse(xml: string): BbbEnvelope | null {
  const root = parseXml(xml);
  if (!root || root.name !== 'response') return null;
  const returncode = textOf(root, 'returncode').toUpperCase();
  if (returncode !== 'SUCCESS' && returncode !== 'FAILED') return null;
  return { returncode, messageKey: textOf(root, 'messageKey'), message: textOf(root, 'message'), root };
}
