/**
 * An RSS feed's XML as a small tree of plain objects: each element by namespace URI and local
 * name (never by prefix: feeds in the wild bind other prefixes), its attributes, its text and its
 * line. Read by htmlparser2's tokenizer in XML mode (builds no DOM; the same one reads HTML
 * transcripts), so the same reader serves the browser under Trusted Types and the Node CLI;
 * namespace prefixes are resolved here, scope by scope, from the `xmlns` attributes.
 *
 * Real feeds are not always well-formed. What is read anyway is reported, with its line: an HTML
 * entity such as `&eacute;` outside CDATA (decoded as HTML would), a prefix used without its
 * declaration (a well-known one, `itunes:`, `podcast:`, `psc:`, `content:`, is read as its usual
 * namespace).
 */
import { ownValue, setOwn } from '../own.js';
import { decodeHTMLStrict } from 'entities/decode';
import { Parser } from 'htmlparser2';

export const NS = {
  rss: '',
  podcast: 'https://podcastindex.org/namespace/1.0',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  psc: 'http://podlove.org/simple-chapters',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

/** Namespace URIs as feeds also write them (an old draft's address, a capitalised one). */
const NS_ALIASES: Record<string, string> = {
  'https://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md': NS.podcast,
  'http://www.itunes.com/dtds/podcast-1.0.dtd': NS.itunes,
  'https://www.itunes.com/dtds/podcast-1.0.dtd': NS.itunes,
  'http://podlove.org/simple-chapters/': NS.psc,
};

const KNOWN_PREFIXES: Record<string, string | undefined> = {
  podcast: NS.podcast,
  itunes: NS.itunes,
  psc: NS.psc,
  content: NS.content,
  atom: NS.atom,
};

export interface XmlElement {
  /** Namespace URI ('' for none, as RSS 2.0's own elements). */
  ns: string;
  /** Local name. */
  name: string;
  /** Attributes by local name (attributes of other namespaces as `{uri}name`). */
  attributes: Record<string, string>;
  /** The element's own text and CDATA, joined. */
  text: string;
  children: XmlElement[];
  /** 1-based line of its start tag. */
  line: number;
}

export interface XmlProblem {
  message: string;
  line: number;
  column: number;
}

const MAX_PROBLEMS = 5;

function canonicalNs(uri: string | undefined): string {
  if (!uri) return '';
  return ownValue(NS_ALIASES, uri.toLowerCase()) ?? uri;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;

/** The document's root element (undefined when there is none), with what was malformed. */
export function parseXml(text: string): { root?: XmlElement; problems: XmlProblem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems: XmlProblem[] = [];
  let dropped = 0;
  // 1-based line of an offset; offsets only grow while reading, so one pass counts the lines.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset && counted < source.length; counted++) if (source.charCodeAt(counted) === 10) line++;
    return line;
  };
  const report = (message: string, offset: number) => {
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      return;
    }
    const at = lineAt(offset);
    const column = offset - source.lastIndexOf('\n', offset - 1);
    problems.push({ message, line: at, column });
  };
  const decode = (raw: string, offset: number) =>
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(ENTITY, (entity: string, name: string) => {
          if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
          }
          const known = ownValue(XML_ENTITIES, name);
          if (known !== undefined) return known;
          const html = decodeHTMLStrict(entity);
          report(`${entity} is an HTML entity, not XML (read as ${html === entity ? 'written' : JSON.stringify(html)})`, offset);
          return html;
        });

  const stack: { element: XmlElement; scope: Record<string, string> }[] = [];
  let root: XmlElement | undefined;
  let inCdata = false;
  const resolve = (qname: string, scope: Record<string, string>, offset: number, isAttribute: boolean): { ns: string; local: string } => {
    const colon = qname.indexOf(':');
    if (colon < 0) return { ns: isAttribute ? '' : canonicalNs(ownValue(scope, '')), local: qname };
    const prefix = qname.slice(0, colon);
    const local = qname.slice(colon + 1);
    let uri: string | undefined = ownValue(scope, prefix);
    if (uri === undefined) {
      uri = ownValue(KNOWN_PREFIXES, prefix);
      report(`the prefix "${prefix}:" is not declared${uri ? ` (read as ${uri})` : ''}`, offset);
    }
    return { ns: canonicalNs(uri ?? `urn:undeclared:${prefix}`), local };
  };
  const parser: Parser = new Parser(
    {
      onopentag(qname, rawAttributes) {
        const offset = parser.startIndex;
        const parentScope = stack[stack.length - 1]?.scope ?? { xml: 'http://www.w3.org/XML/1998/namespace' };
        let scope = parentScope;
        for (const [name, value] of Object.entries(rawAttributes)) {
          if (name === 'xmlns' || name.startsWith('xmlns:')) {
            if (scope === parentScope) scope = { ...parentScope };
            setOwn(scope, name === 'xmlns' ? '' : name.slice(6), decode(value, offset).trim());
          }
        }
        const attributes: Record<string, string> = {};
        for (const [name, value] of Object.entries(rawAttributes)) {
          if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
          const { ns, local } = resolve(name, scope, offset, true);
          setOwn(attributes, ns ? `{${ns}}${local}` : local, decode(value, offset));
        }
        const { ns, local } = resolve(qname, scope, offset, false);
        const element: XmlElement = { ns, name: local, attributes, text: '', children: [], line: lineAt(offset) };
        const parent = stack[stack.length - 1];
        if (parent) parent.element.children.push(element);
        else root ??= element;
        stack.push({ element, scope });
      },
      onclosetag() {
        stack.pop();
      },
      ontext(raw) {
        const current = stack[stack.length - 1];
        if (current) current.element.text += inCdata ? raw : decode(raw, parser.startIndex);
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.end(source);
  if (dropped) problems.push({ message: `and ${dropped} more problem(s)`, line: problems[problems.length - 1]!.line, column: 1 });
  return root ? { root, problems } : { problems };
}

/** The children of `element` with that namespace and local name. */
export function childrenOf(element: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.ns === ns && child.name === name) : [];
}

export function childOf(element: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.ns === ns && child.name === name);
}

/** The trimmed text of the first such child, or undefined when it is missing or empty. */
export function textOf(element: XmlElement | undefined, ns: string, name: string): string | undefined {
  const text = childOf(element, ns, name)?.text.trim();
  return text ? text : undefined;
}
