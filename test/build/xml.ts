// A tiny, strict XML reader for the manifest tests: no DOM, no dependencies.
// Enough of XML 1.0 for an Office manifest (elements, attributes, text, comments, CDATA, processing
// instructions) and strict where Office is: mismatched tags, unquoted or repeated attributes, "--" inside
// a comment, unknown entities and stray "<" or "&" are errors.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const fail = (message: string): never => {
    const line = source.slice(0, pos).split("\n").length;
    throw new Error(`XML error at line ${line}: ${message}`);
  };
  const expect = (token: string) => {
    if (!source.startsWith(token, pos)) fail(`expected "${token}"`);
    pos += token.length;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) return fail("expected a name");
    pos += match[0].length;
    return match[0];
  };
  const skipSpace = () => {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
  };
  const until = (token: string): string => {
    const end = source.indexOf(token, pos);
    if (end < 0) fail(`missing "${token}"`);
    const body = source.slice(pos, end);
    pos = end + token.length;
    return body;
  };

  while (pos < source.length) {
    const open = stack[stack.length - 1];
    if (source.startsWith("<!--", pos)) {
      pos += 4;
      const body = until("-->");
      if (body.includes("--") || body.endsWith("-")) fail('"--" inside a comment');
    } else if (source.startsWith("<![CDATA[", pos)) {
      if (!open) fail("CDATA outside the root element");
      pos += 9;
      open.text += until("]]>");
    } else if (source.startsWith("<?", pos)) {
      pos += 2;
      until("?>");
    } else if (source.startsWith("<!", pos)) {
      fail("DOCTYPE and other declarations are not expected in a manifest");
    } else if (source.startsWith("</", pos)) {
      pos += 2;
      const name = readName();
      skipSpace();
      expect(">");
      if (!open || open.name !== name)
        fail(`</${name}> does not close <${open?.name ?? "nothing"}>`);
      stack.pop();
    } else if (source[pos] === "<") {
      pos++;
      const element: XmlElement = { name: readName(), attrs: {}, children: [], text: "" };
      if (open) open.children.push(element);
      else if (root) fail("more than one root element");
      else root = element;
      for (;;) {
        const hadSpace = /\s/.test(source[pos] ?? "");
        skipSpace();
        if (source.startsWith("/>", pos)) {
          pos += 2;
          break;
        }
        if (source[pos] === ">") {
          pos++;
          stack.push(element);
          break;
        }
        if (!hadSpace) fail(`expected whitespace before an attribute in <${element.name}>`);
        const attr = readName();
        if (attr in element.attrs) fail(`attribute ${attr} repeated in <${element.name}>`);
        skipSpace();
        expect("=");
        skipSpace();
        const quote = source[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attr} is not quoted`);
        pos++;
        const raw = until(quote);
        if (raw.includes("<")) fail(`"<" in attribute ${attr}`);
        element.attrs[attr] = decode(raw, fail);
      }
    } else {
      const end = source.indexOf("<", pos);
      const raw = source.slice(pos, end < 0 ? source.length : end);
      pos += raw.length;
      if (open) open.text += decode(raw, fail);
      else if (raw.trim()) fail("text outside the root element");
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) return fail("no root element");
  return root;
}

function decode(raw: string, fail: (message: string) => never): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) return fail(`bare "&" in "${raw.slice(0, 40)}"`);
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1];
    if (code) return String.fromCodePoint(parseInt(code, 16));
    const decimal = /^#([0-9]+)$/.exec(name)?.[1];
    if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
    return fail(`unknown entity &${name};`);
  });
}

/** All descendants (depth first, document order) with this name. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) found.push(child);
    found.push(...findAll(child, name));
  }
  return found;
}

/** The only child with this name; throws when there is none or more than one. */
export function child(element: XmlElement, name: string): XmlElement {
  const matches = element.children.filter((candidate) => candidate.name === name);
  if (matches.length !== 1) {
    throw new Error(`<${element.name}> has ${matches.length} <${name}> children, expected 1`);
  }
  return matches[0];
}

/** Every attribute value and text node, for scans such as "every URL is https". */
export function allValues(element: XmlElement): string[] {
  return [
    ...Object.values(element.attrs),
    ...(element.text.trim() ? [element.text.trim()] : []),
    ...element.children.flatMap(allValues),
  ];
}
